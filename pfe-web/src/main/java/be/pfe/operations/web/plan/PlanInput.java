package be.pfe.operations.web.plan;

import java.time.LocalDate;

/** What the plan API receives. */
public final class PlanInput {

    private PlanInput() {
    }

    /** A new plan for a centre and a year: empty or with contents, or started from the previous year's plan. */
    public record Creation(String centre, Integer year, boolean fromPreviousYear, PlanContentDto content) {
    }

    /** New contents for a draft, from the revision the client read (unless it sends If-Match). */
    public record Update(Long revision, PlanContentDto content) {
    }

    /** The board's decision: APPROVED, REJECTED or AMENDMENTS_REQUESTED, its text and the meeting's date. */
    public record Decision(String decision, String decisionText, LocalDate meetingDate, Long revision) {
    }
}
