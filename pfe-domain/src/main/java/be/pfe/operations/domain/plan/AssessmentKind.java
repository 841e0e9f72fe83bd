package be.pfe.operations.domain.plan;

/** A planned skills validation (leading to a skills certificate) or a screening (pre-training assessment). */
public enum AssessmentKind {
    VALIDATION, SCREENING
}
