package be.pfe.operations.scheduling.imports;

import java.util.List;

/**
 * One row of a historical file: its number in the file, its source and external id, what it does or did, every
 * problem that refuses it, and the warnings that do not (a closed day: past records happened).
 */
public record HistoryRow(int row, String source, String externalId, HistoryOutcome outcome, Long recordId,
                         List<RowError> errors, List<RowError> warnings) {

    public HistoryRow {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
