package be.pfe.operations.scheduling.imports;

import java.util.List;

/** The rows of a preview or of an import, in the file's order, with how many do (or did) what. */
public record ImportReport(List<ImportedRow> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public long count(RowOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    /** Rows that are not refused. */
    public long good() {
        return rows.size() - count(RowOutcome.ERROR);
    }
}
