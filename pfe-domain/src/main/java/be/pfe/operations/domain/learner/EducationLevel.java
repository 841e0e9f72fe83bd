package be.pfe.operations.domain.learner;

/** The highest level of education the learner completed (ISCED groups as Belgian services use them). */
public enum EducationLevel {
    NONE,
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY,
    HIGHER;

    /** Low-skilled: no upper-secondary diploma (ISCED 0-2), the European definition the partners report on. */
    public boolean lowSkilled() {
        return compareTo(UPPER_SECONDARY) < 0;
    }
}
