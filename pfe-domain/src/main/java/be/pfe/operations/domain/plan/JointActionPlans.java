package be.pfe.operations.domain.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The Joint Action Plans, every version of them, and their history. */
public interface JointActionPlans {

    /** Stores a new version (its id is known on return). */
    JointActionPlan add(JointActionPlan plan);

    Optional<JointActionPlan> byId(long id);

    /** Every version of a centre's plan for a year, oldest first. */
    List<JointActionPlan> versions(String centreCode, int year);

    /** The latest version of a centre's plan for a year. */
    Optional<JointActionPlan> latest(String centreCode, int year);

    /** The latest approved version of a centre's plan for a year (the plan in force), for the figures. */
    Optional<JointActionPlan> latestApproved(String centreCode, int year);

    /**
     * The latest version of each centre's plan for each year, newest year first then by centre, limited to the given
     * centres ({@code null}: every centre) and optionally to one centre and one year.
     */
    List<PlanSummary> summaries(Collection<String> centres, String centreCode, Integer year);

    /**
     * Makes the version count as changed and writes it at once: its revision moves on, and a concurrent save of the
     * same revision is refused (optimistic lock).
     */
    void markChanged(JointActionPlan plan);

    void record(PlanHistoryEntry entry);

    /** The history of these versions, oldest first. */
    List<PlanHistoryEntry> history(Collection<Long> planIds);
}
