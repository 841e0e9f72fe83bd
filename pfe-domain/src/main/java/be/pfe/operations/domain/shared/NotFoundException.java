package be.pfe.operations.domain.shared;

/** What was referred to does not exist (an unknown centre, course, room or session). */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String messageKey, String field, Object... references) {
        super(messageKey, field, references);
    }
}
