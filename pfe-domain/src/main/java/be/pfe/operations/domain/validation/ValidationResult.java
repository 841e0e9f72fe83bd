package be.pfe.operations.domain.validation;

/** A candidate's result at a skills validation: only a pass earns a skills certificate. */
public enum ValidationResult {
    /** Not known yet (the test has not taken place, or the assessor has not reported). */
    PENDING,
    PASSED,
    FAILED,
    ABSENT
}
