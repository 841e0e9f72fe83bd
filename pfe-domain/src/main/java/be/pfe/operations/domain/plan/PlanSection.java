package be.pfe.operations.domain.plan;

/** The parts of a plan, in the order the plan page and the differences show them. */
public enum PlanSection {
    TRAINING, VALIDATION, IN_COMPANY, ACTION, ORGANISATION, TARGET
}
