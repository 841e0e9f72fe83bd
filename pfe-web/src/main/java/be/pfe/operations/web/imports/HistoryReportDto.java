package be.pfe.operations.web.imports;

import be.pfe.operations.scheduling.imports.HistoryOutcome;
import be.pfe.operations.scheduling.imports.HistoryReport;
import be.pfe.operations.scheduling.imports.HistoryRow;
import be.pfe.operations.scheduling.imports.RowError;
import be.pfe.operations.web.api.Problem;
import be.pfe.operations.web.i18n.Messages;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A historical file's dry run or import as the API and the page show it: counts per outcome, then each row with
 * every problem that refuses it and the warnings that do not, in the reader's language.
 */
@Schema(name = "HistoryReportView")
public record HistoryReportDto(String kind, boolean dryRun, int rows, Map<HistoryOutcome, Long> outcomes,
                                List<Row> results) implements Serializable {

    /** One row: its number in the file, its source and external id, what it does or did, why (not). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "HistoryRow", description = "A row of a history import: its outcome, refusals and warnings")
    public record Row(int row, String source, String externalId, HistoryOutcome outcome, Long record,
                      List<Problem.FieldError> errors, List<Problem.FieldError> warnings) implements Serializable {

        public String message() {
            return String.join(" ", errors.stream().map(Problem.FieldError::message).toList());
        }

        public String warning() {
            return String.join(" ", warnings.stream().map(Problem.FieldError::message).toList());
        }
    }

    public static HistoryReportDto of(HistoryReport report, Locale locale) {
        Map<HistoryOutcome, Long> outcomes = new EnumMap<>(HistoryOutcome.class);
        for (HistoryOutcome outcome : HistoryOutcome.values()) {
            outcomes.put(outcome, report.count(outcome));
        }
        return new HistoryReportDto(report.kind().path(), report.dryRun(), report.rows().size(), outcomes,
                report.rows().stream().map(row -> row(row, locale)).toList());
    }

    private static Row row(HistoryRow row, Locale locale) {
        return new Row(row.row(), row.source(), row.externalId(), row.outcome(), row.recordId(),
                said(row.errors(), locale), said(row.warnings(), locale));
    }

    private static List<Problem.FieldError> said(List<RowError> errors, Locale locale) {
        return errors.stream().map(error -> new Problem.FieldError(error.column(), error.messageKey(),
                Messages.text(locale, error.messageKey(), error.arguments().toArray()))).toList();
    }

    public long count(HistoryOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }
}
