package be.pfe.operations.domain.placement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a placement's agreement stands: drafted, signed by the company, the learner and the centre, running,
 * then completed or ended early (with the date and the reason).
 */
public enum PlacementStatus {
    DRAFT,
    SIGNED,
    RUNNING,
    COMPLETED,
    ENDED_EARLY;

    public Set<PlacementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SIGNED);
            case SIGNED -> EnumSet.of(RUNNING, ENDED_EARLY);
            case RUNNING -> EnumSet.of(COMPLETED, ENDED_EARLY);
            case COMPLETED, ENDED_EARLY -> EnumSet.noneOf(PlacementStatus.class);
        };
    }

    public boolean isFinished() {
        return this == COMPLETED || this == ENDED_EARLY;
    }
}
