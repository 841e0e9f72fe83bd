package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.shared.BusinessRuleException;

import java.util.List;

/**
 * A change was not saved because of conflicts: some the centre blocks, or warnings nobody accepted yet.
 * Carries every conflict found, so that the page or the API can explain each one.
 */
public class SchedulingConflictException extends BusinessRuleException {

    private final transient List<Conflict> blocking;
    private final transient List<Conflict> warnings;

    public SchedulingConflictException(List<Conflict> blocking, List<Conflict> warnings) {
        super(blocking.isEmpty() ? "conflict.warningsToAccept" : "conflict.blocking", "weeklyPattern",
                blocking.isEmpty() ? warnings.size() : blocking.size());
        this.blocking = List.copyOf(blocking);
        this.warnings = List.copyOf(warnings);
    }

    /** Conflicts the centre does not allow: they must be solved. */
    public List<Conflict> blocking() {
        return blocking;
    }

    /** Conflicts that may be accepted with a reason. */
    public List<Conflict> warnings() {
        return warnings;
    }
}
