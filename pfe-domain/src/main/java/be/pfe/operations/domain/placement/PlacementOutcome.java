package be.pfe.operations.domain.placement;

/** Where the learner is at the end of a placement, and again at a follow-up date. */
public enum PlacementOutcome {
    HIRED,
    OTHER_JOB,
    FURTHER_TRAINING,
    NONE
}
