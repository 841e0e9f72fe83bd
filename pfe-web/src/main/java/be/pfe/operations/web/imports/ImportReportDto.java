package be.pfe.operations.web.imports;

import be.pfe.operations.scheduling.imports.ImportReport;
import be.pfe.operations.scheduling.imports.ImportedRow;
import be.pfe.operations.scheduling.imports.RowOutcome;
import be.pfe.operations.web.api.Problem;
import be.pfe.operations.web.i18n.Messages;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A preview or an import as the API and the page show it: counts per outcome, then each row with its refusals in
 * the reader's language. The national register number appears only masked.
 */
@Schema(name = "ImportReportView")
public record ImportReportDto(int rows, long good, Map<RowOutcome, Long> outcomes, List<Row> results)
        implements Serializable {

    /** One row: its number in the file, what it is about, what it does or did, and why it is refused. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ImportRow", description = "A row of an import: its outcome and refusals")
    public record Row(int row, String learner, String maskedNiss, String target, String detail, RowOutcome outcome,
                      List<Problem.FieldError> errors) implements Serializable {

        /** The refusals in one line, for the page's table. */
        public String message() {
            return String.join(" ", errors.stream().map(Problem.FieldError::message).toList());
        }
    }

    public static ImportReportDto of(ImportReport report, Locale locale) {
        Map<RowOutcome, Long> outcomes = new EnumMap<>(RowOutcome.class);
        for (RowOutcome outcome : RowOutcome.values()) {
            outcomes.put(outcome, report.count(outcome));
        }
        return new ImportReportDto(report.rows().size(), report.good(), outcomes,
                report.rows().stream().map(row -> row(row, locale)).toList());
    }

    private static Row row(ImportedRow row, Locale locale) {
        return new Row(row.row(), row.learner(), row.maskedNiss(), row.target(), row.detail(), row.outcome(),
                row.errors().stream().map(error -> new Problem.FieldError(error.column(), error.messageKey(),
                        Messages.text(locale, error.messageKey(), error.arguments().toArray()))).toList());
    }

    public long count(RowOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }
}
