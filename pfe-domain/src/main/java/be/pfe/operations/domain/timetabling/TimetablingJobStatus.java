package be.pfe.operations.domain.timetabling;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an automatic timetabling job stands. A job waits in the queue, is solved in the background, and ends
 * with a proposal that staff apply or discard; it can be cancelled while queued, and fails when it cannot run.
 */
public enum TimetablingJobStatus {
    QUEUED,
    SOLVING,
    PROPOSED,
    APPLIED,
    DISCARDED,
    CANCELLED,
    FAILED;

    /** The statuses in which a job still uses (or will use) the solver: they count against the queue's bound. */
    public static final Set<TimetablingJobStatus> ACTIVE = EnumSet.of(QUEUED, SOLVING);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
