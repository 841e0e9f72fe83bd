package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.shared.BusinessRuleException;

/**
 * The learner is already known: same national register number, or same name and birth date. Names the existing
 * learner by id only (the number itself is never repeated).
 */
public class DuplicateLearnerException extends BusinessRuleException {

    private final Long existingLearnerId;

    private DuplicateLearnerException(String messageKey, String field, long existingLearnerId) {
        super(messageKey, field, existingLearnerId);
        this.existingLearnerId = existingLearnerId;
    }

    private DuplicateLearnerException(String messageKey, String field) {
        super(messageKey, field);
        this.existingLearnerId = null;
    }

    static DuplicateLearnerException sameNiss(Learner existing) {
        return new DuplicateLearnerException("learner.duplicate.niss", "niss", existing.id());
    }

    static DuplicateLearnerException sameNameAndBirthDate(Learner existing) {
        return new DuplicateLearnerException("learner.duplicate.nameAndBirthDate", "familyName", existing.id());
    }

    /**
     * Someone registered the same person at the same moment: the database's unique keys refused the second one.
     * The transaction is spoilt by then, so the existing learner cannot be named.
     */
    static DuplicateLearnerException registeredMeanwhile() {
        return new DuplicateLearnerException("learner.duplicate.meanwhile", "familyName");
    }

    /** The learner already registered, or {@code null} when they were registered at the same moment. */
    public Long existingLearnerId() {
        return existingLearnerId;
    }
}
