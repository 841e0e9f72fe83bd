package be.pfe.operations.web.api;

import be.pfe.operations.domain.shared.BusinessRuleException;

/** A request body larger than the API accepts for its kind (answered with 413, nothing read further). */
public class BodyTooLargeException extends BusinessRuleException {

    public BodyTooLargeException(long maxBytes) {
        super("request.body.tooLarge", null, StrictBodies.mebibytes(maxBytes));
    }
}
