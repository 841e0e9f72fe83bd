package be.pfe.operations.domain.session;

import java.util.EnumSet;
import java.util.Set;

/** Where a course session stands: planned, open for enrolment, running, closed, or cancelled. */
public enum SessionStatus {
    PLANNED,
    OPEN,
    RUNNING,
    CLOSED,
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<SessionStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(PLANNED, RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(SessionStatus.class);
        };
    }

    /** A session in this status holds its room. */
    public boolean holdsRoom() {
        return this != CANCELLED;
    }
}
