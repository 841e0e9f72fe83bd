package be.pfe.operations.web.yearly;

import be.pfe.operations.reporting.yearly.YearlySnapshots;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.reporting.targets.TargetComparison;
import be.pfe.operations.reporting.targets.TargetStatus;
import be.pfe.operations.reporting.yearly.BreakdownRow;
import be.pfe.operations.reporting.yearly.SpotRecord;
import be.pfe.operations.reporting.yearly.YearlyBreakdown;
import be.pfe.operations.reporting.yearly.YearlyDimension;
import be.pfe.operations.reporting.yearly.YearlyFigures;
import be.pfe.operations.reporting.yearly.YearlyLine;
import be.pfe.operations.reporting.yearly.YearlyQuery;
import be.pfe.operations.reporting.yearly.YearlyReport;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.plan.PlanTexts;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Year;
import java.util.List;

/**
 * The yearly report page: a centre (or all) and a year, the public table's three lines, the breakdowns, a chart of the
 * spots begun each month, occupancy by month, the records behind any figure, and the documents to download.
 */
@Named
@ViewScoped
public class YearlyReportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "yearlyForm";

    @Inject
    YearlyReports reports;
    @Inject
    UserPreferences preferences;
    @Inject
    YearlySnapshots snapshots;

    private int year = Year.now(Clocks.system()).getValue();
    private String centre;
    private YearlyReport report;
    private String chart;
    private List<TargetComparison> targets = List.of();
    private List<SpotRecord> records = List.of();
    private String recordsTitle;
    private YearlySnapshots.Reproduction reproduction;

    @PostConstruct
    void init() {
        centre = preferences.getCentreCode();
    }

    public void load() {
        if (report == null) {
            show();
        }
    }

    private YearlyQuery query() {
        return YearlyQuery.of(Year.of(year), centre);
    }

    public void show() {
        records = List.of();
        try {
            report = reports.report(query(), preferences.getLocale());
            chart = chart(report);
            targets = reports.targets(report);
            reproduction = snapshots.reproduction(report.query());
        } catch (BusinessRuleException refusal) {
            report = null;
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** The records behind a figure: a line (null: all lines), a group of a breakdown (null: the line's total). */
    public void drill(YearlyLine line, YearlyDimension dimension, String key) {
        try {
            records = reports.recordsBehind(report.query(), line, dimension, key, preferences.getLocale());
            recordsTitle = (line == null ? text("report.yearly.total") : text(line.labelKey()))
                    + (dimension == null ? "" : " · " + text("YearlyDimension." + dimension.name()) + " " + key);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public StreamedContent document(String format) {
        YearlyReports.DocumentFormat documentFormat = YearlyReports.DocumentFormat.of(format);
        YearlyQuery query = report == null ? query() : report.query();
        byte[] bytes = reports.document(query, documentFormat, preferences.getLocale());
        return DefaultStreamedContent.builder()
                .name(YearlyReports.fileName(query, documentFormat))
                .contentType(documentFormat.mediaType())
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** A group as people read it. */
    public String label(YearlyBreakdown breakdown, BreakdownRow row) {
        if (YearlyFigures.NONE.equals(row.key())) {
            return text("report.yearly.none");
        }
        return switch (breakdown.dimension()) {
            case TARGET_GROUP -> text("TargetGroup." + row.key());
            case COURSE -> row.key() + (row.label() == null || row.label().isBlank() ? "" : " · " + row.label());
            case MONTH -> row.key();
            default -> row.label() == null || row.label().isBlank() ? row.key() : row.label();
        };
    }

    public String percent(Double rate) {
        return rate == null ? "–" : Messages.text(preferences.getLocale(), "page.yearly.percent",
                Math.round(rate * 1000) / 10.0);
    }

    private String chart(YearlyReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int month = 1; month <= 12; month++) {
            labels.add("%d-%02d".formatted(report.query().year().getValue(), month));
        }
        String[] colours = {"#2f6fb3", "#e08a1e", "#3a9a5b"};
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<BreakdownRow> months = report.breakdown(YearlyDimension.MONTH).rows();
        for (YearlyLine line : YearlyLine.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (int month = 1; month <= 12; month++) {
                String key = "%d-%02d".formatted(report.query().year().getValue(), month);
                data.add(months.stream().filter(row -> row.key().equals(key)).mapToLong(row -> row.spots(line)).sum());
            }
            datasets.add(Json.createObjectBuilder().add("label", text(line.labelKey())).add("data", data)
                    .add("backgroundColor", colours[line.ordinal()]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", text("report.yearly.chart")))))
                .build().toString();
    }

    private String text(String key, Object... arguments) {
        return Messages.text(preferences.getLocale(), key, arguments);
    }

    public List<YearlyLine> getLines() {
        return List.of(YearlyLine.values());
    }

    public String figure(double value) {
        return PlanTexts.value(value, preferences.getLocale());
    }

    public String targetSeverity(TargetStatus status) {
        return PlanTexts.severity(status);
    }

    public List<TargetComparison> getTargets() {
        return targets;
    }

    /** How a closed year's report compares with its first production ({@code null} for a running year). */
    public YearlySnapshots.Reproduction getReproduction() {
        return reproduction;
    }

    public YearlyReport getReport() {
        return report;
    }

    public String getChart() {
        return chart;
    }

    public List<SpotRecord> getRecords() {
        return records;
    }

    public String getRecordsTitle() {
        return recordsTitle;
    }

    public int getMaxRecords() {
        return YearlyFigures.MAX_RECORDS;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre == null || centre.isBlank() ? null : centre;
    }
}
