package be.pfe.operations.domain.shared;

/**
 * What was asked clashes with what is already recorded: a company registered twice, two placements of one learner
 * over the same days. The REST API answers 409; nothing is written.
 */
public class ClashException extends BusinessRuleException {

    public ClashException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
