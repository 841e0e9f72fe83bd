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

    /**
     * The status the calendar gives a session in this status over this period on a day: running from its first day,
     * closed after its last; closed and cancelled stay as they are.
     */
    public SessionStatus dueOn(java.time.LocalDate start, java.time.LocalDate end, java.time.LocalDate today) {
        if (isFinal()) {
            return this;
        }
        if (today.isAfter(end)) {
            return CLOSED;
        }
        if (!today.isBefore(start)) {
            return RUNNING;
        }
        return this;
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
