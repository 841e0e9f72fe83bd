package be.pfe.operations.domain.privacy;

import be.pfe.operations.domain.shared.BusinessRuleException;

/**
 * What became of an erasure request: done (the learner was pseudonymised at once), or refused with the rule that
 * refused it (a message key and its arguments), which is recorded before the refusal is shown.
 */
public record ErasureDecision(long learnerId, boolean erased, String refusalKey, Object[] arguments) {

    static ErasureDecision done(long learnerId) {
        return new ErasureDecision(learnerId, true, null, new Object[0]);
    }

    static ErasureDecision refused(long learnerId, String key, Object... arguments) {
        return new ErasureDecision(learnerId, false, key, arguments);
    }

    /** Throws the refusal, if any, for the boundary to show (after the transaction that recorded it). */
    public ErasureDecision orThrow() {
        if (!erased) {
            throw new BusinessRuleException(refusalKey, null, arguments);
        }
        return this;
    }
}
