package be.pfe.operations.web.api;

import be.pfe.operations.domain.shared.BusinessRuleException;

/**
 * A conditional request that cannot go on: its If-Match names a revision that is no longer the current one (412),
 * or a change came with no revision at all (428).
 */
public class PreconditionException extends BusinessRuleException {

    private final int status;

    private PreconditionException(int status, String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
        this.status = status;
    }

    /** Someone changed the resource since the client read it (who and when, as the refusal that said so). */
    public static PreconditionException failed(BusinessRuleException changedMeanwhile) {
        return new PreconditionException(412, changedMeanwhile.messageKey(), changedMeanwhile.arguments());
    }

    public static PreconditionException required() {
        return new PreconditionException(428, "request.revision.required");
    }

    public int status() {
        return status;
    }
}
