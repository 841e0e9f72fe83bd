package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.shared.BusinessRuleException;

/**
 * The learner is already known: same national register number, or same name and birth date. Names the existing
 * learner by id only (the number itself is never repeated).
 */
public class DuplicateLearnerException extends BusinessRuleException {

    private final long existingLearnerId;

    private DuplicateLearnerException(String messageKey, String field, long existingLearnerId) {
        super(messageKey, field, existingLearnerId);
        this.existingLearnerId = existingLearnerId;
    }

    static DuplicateLearnerException sameNiss(Learner existing) {
        return new DuplicateLearnerException("learner.duplicate.niss", "niss", existing.id());
    }

    static DuplicateLearnerException sameNameAndBirthDate(Learner existing) {
        return new DuplicateLearnerException("learner.duplicate.nameAndBirthDate", "familyName", existing.id());
    }

    public long existingLearnerId() {
        return existingLearnerId;
    }
}
