package be.pfe.operations.scheduling.imports;

import java.util.Map;

/**
 * One row of an imported file as read: its number in the file (the header is row 1) and its non-blank cells,
 * stripped, by column. May hold personal data: never logged.
 */
public record SourceRow(int number, Map<ImportColumn, String> values) {

    public SourceRow {
        values = Map.copyOf(values);
    }

    /** The cell, or {@code null} when blank or absent. */
    public String value(ImportColumn column) {
        return values.get(column);
    }

    @Override
    public String toString() {
        return "row " + number;
    }
}
