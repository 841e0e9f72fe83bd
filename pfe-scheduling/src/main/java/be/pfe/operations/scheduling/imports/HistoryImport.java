package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A historical file, in two steps: a dry run reports what every row would do and every problem of every row, and
 * writes nothing; the import writes the good rows, each in its own transaction ({@link Rows#write}), in the file's
 * order. The rows of a workbook are applied kind after kind, in the order the kinds depend on each other
 * ({@link HistoryKind}). Importing the same file again changes nothing: every row's external id is known then.
 */
public final class HistoryImport {

    /** How rows are checked and written: each {@link #write} in a transaction of its own. */
    public interface Rows {
        HistoryRow check(HistoryKind kind, SourceRow row, Set<String> pending);

        HistoryRow write(HistoryKind kind, SourceRow row, String actor);
    }

    private HistoryImport() {
    }

    /** The rows of a file of this kind (a file that cannot be read at all is refused as a whole). */
    public static List<SourceRow> rows(HistoryKind kind, byte[] file) {
        return kind.rows(file);
    }

    /** What importing the rows would do; writes nothing. {@code pending} gathers the good rows for later kinds. */
    public static HistoryReport dryRun(HistoryKind kind, List<SourceRow> rows, Rows store, Set<String> pending) {
        List<HistoryRow> report = new ArrayList<>();
        for (SourceRow row : rows) {
            HistoryRow checked = safely(row, () -> store.check(kind, row, pending));
            report.add(checked);
            if (checked.outcome() != HistoryOutcome.ERROR && checked.externalId() != null) {
                pending.add(HistoryRows.pendingKey(kind, checked.source(), checked.externalId()));
            }
        }
        return new HistoryReport(kind, true, report);
    }

    public static HistoryReport dryRun(HistoryKind kind, byte[] file, Rows store) {
        return dryRun(kind, rows(kind, file), store, new HashSet<>());
    }

    /** Writes the good rows, one transaction each; a refused row is reported and stops no other. */
    public static HistoryReport run(HistoryKind kind, List<SourceRow> rows, Rows store, String actor) {
        if (actor == null || actor.isBlank()) {
            throw new BusinessRuleException("enrolment.actor.required", "actor");
        }
        List<HistoryRow> report = new ArrayList<>();
        for (SourceRow row : rows) {
            report.add(safely(row, () -> store.write(kind, row, actor)));
        }
        return new HistoryReport(kind, false, report);
    }

    public static HistoryReport run(HistoryKind kind, byte[] file, Rows store, String actor) {
        return run(kind, rows(kind, file), store, actor);
    }

    /**
     * The rows of a workbook with a sheet per kind (named in French, Dutch or English: "sessions", "stagiaires",
     * "inschrijvingen"...), in the order the kinds are applied; other sheets and empty ones are left out.
     */
    public static java.util.Map<HistoryKind, List<SourceRow>> workbook(byte[] file) {
        java.util.Map<HistoryKind, ImportColumns.Collector<?>> collectors = new java.util.EnumMap<>(HistoryKind.class);
        XlsxTable.readSheets(file, name -> {
            HistoryKind kind = HistoryKind.ofSheet(name);
            if (kind == null || collectors.containsKey(kind)) {
                return null;
            }
            ImportColumns.Collector<?> collector = kind.collector();
            collectors.put(kind, collector);
            return collector;
        });
        java.util.Map<HistoryKind, List<SourceRow>> rows = new java.util.EnumMap<>(HistoryKind.class);
        collectors.forEach((kind, collector) -> {
            try {
                rows.put(kind, collector.rows());
            } catch (BusinessRuleException empty) {
                if (!"import.file.empty".equals(empty.messageKey())) {
                    throw empty;
                }
            }
        });
        if (rows.isEmpty()) {
            throw new BusinessRuleException("import.file.empty", "file");
        }
        return rows;
    }

    /** The dry run of a workbook: a row may refer to good rows of earlier sheets. */
    public static List<HistoryReport> dryRun(java.util.Map<HistoryKind, List<SourceRow>> workbook, Rows store) {
        Set<String> pending = new HashSet<>();
        List<HistoryReport> reports = new ArrayList<>();
        workbook.forEach((kind, rows) -> reports.add(dryRun(kind, rows, store, pending)));
        return reports;
    }

    /** The import of a workbook, sheet after sheet in the order the kinds depend on each other. */
    public static List<HistoryReport> run(java.util.Map<HistoryKind, List<SourceRow>> workbook, Rows store,
                                          String actor) {
        List<HistoryReport> reports = new ArrayList<>();
        workbook.forEach((kind, rows) -> reports.add(run(kind, rows, store, actor)));
        return reports;
    }

    private interface Work {
        HistoryRow run();
    }

    /**
     * A row whose writing failed (a rule met in the transaction, or the database refusing it: a seat beyond the
     * session's capacity) is an error of that row; the database's own message is never shown (it may hold personal
     * data).
     */
    private static HistoryRow safely(SourceRow row, Work work) {
        try {
            return work.run();
        } catch (RuntimeException failed) {
            RowError error = new RowError(null, "history.row.failed", List.of());
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof BusinessRuleException refusal) {
                    error = RowError.of(refusal);
                    break;
                }
                if (cause.getMessage() != null && cause.getMessage().contains("has no seat left")) {
                    error = new RowError("session", "history.enrolment.noSeat", List.of());
                    break;
                }
            }
            return new HistoryRow(row.number(), null, null, HistoryOutcome.ERROR, null, List.of(error), List.of());
        }
    }
}
