package be.pfe.operations.domain.plan;

/** What a line of a plan's history records. */
public enum PlanStep {
    CREATED, STARTED_FROM_PREVIOUS_YEAR, NEW_VERSION, EDITED, SUBMITTED, APPROVED, REJECTED, AMENDMENTS_REQUESTED
}
