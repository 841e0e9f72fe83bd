package be.pfe.operations.scheduling.imports;

import java.util.List;

/** The rows of a historical file, dry run or applied, in the file's order. */
public record HistoryReport(HistoryKind kind, boolean dryRun, List<HistoryRow> rows) {

    public HistoryReport {
        rows = List.copyOf(rows);
    }

    public long count(HistoryOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
