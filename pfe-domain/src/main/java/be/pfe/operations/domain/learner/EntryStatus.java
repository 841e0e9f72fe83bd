package be.pfe.operations.domain.learner;

/** What the learner was doing when they came to the centre. */
public enum EntryStatus {
    JOBSEEKER_ACTIRIS,
    JOBSEEKER_VDAB,
    WORKER,
    WORKER_AT_RISK,
    STUDENT,
    ENTREPRENEUR;

    /** A jobseeker registered with a public employment service (Actiris or VDAB). */
    public boolean jobseeker() {
        return this == JOBSEEKER_ACTIRIS || this == JOBSEEKER_VDAB;
    }
}
