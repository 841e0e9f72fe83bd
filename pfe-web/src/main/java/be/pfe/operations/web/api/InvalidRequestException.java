package be.pfe.operations.web.api;

import be.pfe.operations.domain.shared.BusinessRuleException;

/** A request the API cannot understand: a bad query or path parameter, or no body (answered with 400). */
public class InvalidRequestException extends BusinessRuleException {

    private InvalidRequestException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    public static InvalidRequestException parameter(String parameter, String value) {
        return new InvalidRequestException("request.parameter.invalid", parameter, parameter, value);
    }

    /** The body of the request, refused when there is none. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw missingBody();
        }
        return body;
    }

    public static InvalidRequestException missingBody() {
        return new InvalidRequestException("request.body.missing", null);
    }
}
