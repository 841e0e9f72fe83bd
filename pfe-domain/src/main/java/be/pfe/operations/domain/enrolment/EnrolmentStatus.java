package be.pfe.operations.domain.enrolment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enrolment stands. The usual way: applied, (referred by a partner), screened, admitted (a seat is
 * held), enrolled, completed. A screened learner goes to the waitlist when no seat is free for them; anyone can be
 * refused before enrolment, and an admitted or enrolled learner can drop out. A waitlisted learner can be removed
 * from the waitlist ({@link #WITHDRAWN}: they no longer wait for this session, for a reason).
 */
public enum EnrolmentStatus {
    APPLIED,
    REFERRED,
    SCREENED,
    WAITLISTED,
    ADMITTED,
    ENROLLED,
    COMPLETED,
    DROPPED_OUT,
    REFUSED,
    /** Removed from the waitlist (no longer waiting for this session: found a job, another session...). */
    WITHDRAWN,
    /**
     * The session was cancelled: not a step anyone takes, but what its cancellation does to every enrolment still
     * open (the reason and the day in the history). A learner who held a seat until then is counted like one who
     * dropped out on that day.
     */
    SESSION_CANCELLED;

    /** The statuses this one may move to. */
    public Set<EnrolmentStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(REFERRED, SCREENED, REFUSED);
            case REFERRED -> EnumSet.of(SCREENED, REFUSED);
            case SCREENED -> EnumSet.of(ADMITTED, WAITLISTED, REFUSED);
            case WAITLISTED -> EnumSet.of(ADMITTED, REFUSED, WITHDRAWN);
            case ADMITTED -> EnumSet.of(ENROLLED, DROPPED_OUT, REFUSED);
            case ENROLLED -> EnumSet.of(COMPLETED, DROPPED_OUT);
            case COMPLETED, DROPPED_OUT, REFUSED, WITHDRAWN, SESSION_CANCELLED -> EnumSet.noneOf(EnrolmentStatus.class);
        };
    }

    /** An enrolment in this status occupies a seat of its session (a completed one still counts as a spot). */
    public boolean holdsSeat() {
        return this == ADMITTED || this == ENROLLED || this == COMPLETED;
    }

    /** No step leads out of this status. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** The statuses no step leaves: the enrolment is over (one list for the queries that need it). */
    public static java.util.List<EnrolmentStatus> finished() {
        return java.util.Arrays.stream(values()).filter(EnrolmentStatus::isFinal).toList();
    }

    /** {@link #finished()} as an SQL list of literals, e.g. {@code 'REFUSED', 'COMPLETED'}. */
    public static String finishedSql() {
        return String.join(", ", finished().stream().map(status -> "'" + status.name() + "'").toList());
    }
}
