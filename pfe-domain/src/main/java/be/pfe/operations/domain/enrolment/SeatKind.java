package be.pfe.operations.domain.enrolment;

/** Where a held seat comes from: the quota of the learner's partner, or the session's open pool. */
public enum SeatKind {
    QUOTA,
    POOL
}
