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

    /**
     * The statuses this one may move to, step by step: planned → open for enrolment → running → closed, cancelled
     * from any of the first three. The calendar may take several steps at once ({@code CourseSession.dueOn}): it
     * runs a session from its first day and closes it after its last, also one that was never opened. A closed or
     * cancelled session is frozen: only an administrator's correction moves it.
     */
    public Set<SessionStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(SessionStatus.class);
        };
    }

    /** Closed or cancelled: frozen, except for an administrator's correction. */
    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** A session in this status holds its room. */
    public boolean holdsRoom() {
        return this != CANCELLED;
    }
}
