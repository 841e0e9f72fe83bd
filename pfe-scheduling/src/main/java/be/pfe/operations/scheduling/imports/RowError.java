package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;

import java.util.List;

/**
 * Why a row cannot be imported: a message key with its arguments (shown in the reader's language) and the column
 * concerned. Never carries a national register number.
 */
public record RowError(String column, String messageKey, List<Object> arguments) {

    public RowError {
        arguments = List.copyOf(arguments);
    }

    static RowError of(BusinessRuleException refusal) {
        return new RowError(refusal.field(), refusal.messageKey(), List.of(refusal.arguments()));
    }
}
