package be.pfe.operations.domain.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A business rule refused what was asked. Carries a message key (resolved in the user's language by the
 * user interface or the REST API), its arguments, and optionally the input field the problem is about.
 * The transaction it happens in is rolled back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** The resource-bundle key of the message, e.g. {@code session.period.endBeforeStart}. */
    public String messageKey() {
        return messageKey;
    }

    /** The input field concerned (e.g. {@code endDate}), or {@code null} for the request as a whole. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
