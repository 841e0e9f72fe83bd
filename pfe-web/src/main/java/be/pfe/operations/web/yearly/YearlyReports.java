package be.pfe.operations.web.yearly;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.targets.TargetComparison;
import be.pfe.operations.reporting.yearly.SpotRecord;
import be.pfe.operations.reporting.yearly.YearlyDimension;
import be.pfe.operations.reporting.yearly.YearlyFigures;
import be.pfe.operations.reporting.yearly.YearlyLine;
import be.pfe.operations.reporting.yearly.YearlyQuery;
import be.pfe.operations.reporting.yearly.YearlyReport;
import be.pfe.operations.reporting.yearly.document.ReportTexts;
import be.pfe.operations.reporting.yearly.document.YearlyCsv;
import be.pfe.operations.reporting.yearly.document.YearlyDocument;
import be.pfe.operations.reporting.yearly.document.YearlyPdf;
import be.pfe.operations.reporting.yearly.document.YearlyXlsx;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.plan.PlanActuals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The yearly report as pages and API may read it, with the occupancy figures' rules: figures of the centres the user
 * may see figures of (a user of one centre gets that centre's when they ask for none, and is refused another's or all
 * centres'); the records behind a figure with access to the centre's records, learners' names only with access to its
 * personal data.
 */
@ApplicationScoped
public class YearlyReports {

    @Inject
    YearlyFigures figures;
    @Inject
    Actor actor;
    @Inject
    PlanActuals planActuals;

    public YearlyReport report(YearlyQuery query, Locale locale) {
        return figures.report(scoped(query, Access.FIGURES), Language.of(locale));
    }

    public List<SpotRecord> recordsBehind(YearlyQuery query, YearlyLine line, YearlyDimension by, String key,
                                          Locale locale) {
        YearlyQuery scoped = scoped(query, Access.RECORDS);
        // a group of the breakdown by centre, from the all-centres report, is that centre's
        String centre = scoped.centre() == null && by == YearlyDimension.CENTRE ? key : scoped.centre();
        actor.require(Access.RECORDS, centre);
        return figures.recordsBehind(scoped, line, by, key, actor.may(Access.PERSONAL_DATA, centre),
                Language.of(locale));
    }

    /** The report as a document in the reader's language. */
    public byte[] document(YearlyQuery query, DocumentFormat format, Locale locale) {
        YearlyReport report = report(query, locale);
        ReportTexts texts = texts(locale);
        YearlyDocument layout = YearlyDocument.of(report, targets(report), texts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case PDF -> YearlyPdf.write(report, layout, texts, out);
            case XLSX -> YearlyXlsx.write(layout, texts, out);
            case CSV -> YearlyCsv.write(layout, texts, out);
        }
        return out.toByteArray();
    }

    /**
     * The targets of the centre's plan in force for the year (its latest approved version) against the actual
     * figures; none for all centres together or without an approved plan. The report was read with the user's scope.
     */
    public List<TargetComparison> targets(YearlyReport report) {
        return planActuals.ofPlanInForce(report.query().centre(), report.query().year().getValue());
    }

    static ReportTexts texts(Locale locale) {
        Locale language = Language.of(locale).locale();
        return new ReportTexts(key -> Messages.text(language, key), language);
    }

    /** The query narrowed to the user's only centre when they may not read every centre. */
    private YearlyQuery scoped(YearlyQuery query, Access access) {
        actor.requireAny(access);
        Actor.CentreScope scope = actor.scope(access);
        if (query.centre() == null && !scope.all() && scope.single().isPresent()) {
            return new YearlyQuery(query.year(), scope.single().get(), query.asOf());
        }
        actor.require(access, query.centre());
        return query;
    }

    /** The document formats, with their media types and file extensions. */
    public enum DocumentFormat {
        PDF("application/pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv; charset=UTF-8");

        private final String mediaType;

        DocumentFormat(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static DocumentFormat of(String extension) {
            for (DocumentFormat format : values()) {
                if (format.extension().equalsIgnoreCase(extension)) {
                    return format;
                }
            }
            throw new BusinessRuleException("report.yearly.format.invalid", "format", extension);
        }
    }

    /** A document's file name: no personal data, the centre's code (or "all") and the year. */
    public static String fileName(YearlyQuery query, DocumentFormat format) {
        String centre = query.centre() == null ? "all" : query.centre().toLowerCase(Locale.ROOT);
        return ("yearly-report-" + centre + "-" + query.year().getValue() + "." + format.extension())
                .replaceAll("[^a-z0-9.-]", "_");
    }
}
