package be.pfe.operations.reporting.yearly.document;

import be.pfe.operations.reporting.occupancy.OccupancyFigure;
import be.pfe.operations.reporting.targets.TargetComparison;
import be.pfe.operations.reporting.yearly.BreakdownRow;
import be.pfe.operations.reporting.yearly.YearlyBreakdown;
import be.pfe.operations.reporting.yearly.YearlyDimension;
import be.pfe.operations.reporting.yearly.YearlyFigures;
import be.pfe.operations.reporting.yearly.YearlyLine;
import be.pfe.operations.reporting.yearly.YearlyReport;

import java.util.ArrayList;
import java.util.List;

/**
 * The yearly report laid out once for every format (PDF, XLSX, CSV, and the page): its title, its tables in order
 * (the public table's three lines, the breakdowns, occupancy by month, targets against actuals) and the counting
 * rules in words.
 */
public record YearlyDocument(String title, String subtitle, List<ReportTable> tables, List<String> rules) {

    public static YearlyDocument of(YearlyReport report, List<TargetComparison> targets, ReportTexts texts) {
        String centre = report.allCentres() ? texts.text("report.yearly.allCentres") : report.centreName();
        List<ReportTable> tables = new ArrayList<>();
        tables.add(headline(report, texts));
        for (YearlyBreakdown breakdown : report.breakdowns()) {
            tables.add(breakdown(breakdown, texts));
        }
        tables.add(occupancy(report, texts));
        if (!targets.isEmpty()) {
            tables.add(targets(targets, texts));
        }
        List<String> rules = new ArrayList<>();
        for (YearlyLine line : YearlyLine.values()) {
            rules.add(texts.text(line.labelKey()) + ": " + texts.text(line.ruleKey()));
        }
        rules.add(texts.text("report.yearly.rule.breakdowns"));
        rules.add(texts.text("report.yearly.rule.occupancy"));
        if (!targets.isEmpty()) {
            rules.add(texts.text("report.yearly.rule.targets"));
        }
        return new YearlyDocument(texts.text("report.yearly.title", centre, String.valueOf(report.query().year().getValue())),
                centre, tables, rules);
    }

    private static ReportTable headline(YearlyReport report, ReportTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyLine line : YearlyLine.values()) {
            rows.add(List.of(texts.text(line.labelKey()), report.spots(line)));
        }
        rows.add(List.of(texts.text("report.yearly.total"), report.total()));
        return new ReportTable("spots", texts.text("report.yearly.headline"),
                List.of(texts.text("report.yearly.line"), texts.text("report.yearly.spots")), rows, true);
    }

    private static ReportTable breakdown(YearlyBreakdown breakdown, ReportTexts texts) {
        YearlyDimension dimension = breakdown.dimension();
        List<String> headers = new ArrayList<>();
        headers.add(texts.text("YearlyDimension." + dimension.name()));
        for (YearlyLine line : YearlyLine.values()) {
            headers.add(texts.text(line.labelKey()));
        }
        headers.add(texts.text("report.yearly.total"));
        List<List<Object>> rows = new ArrayList<>();
        for (BreakdownRow row : breakdown.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(groupLabel(dimension, row, texts));
            for (YearlyLine line : YearlyLine.values()) {
                cells.add(row.spots(line));
            }
            cells.add(dimension.addsUp() ? (Object) row.total() : null);
            rows.add(cells);
        }
        if (dimension.addsUp()) {
            List<Object> total = new ArrayList<>();
            total.add(texts.text("report.yearly.total"));
            long all = 0;
            for (YearlyLine line : YearlyLine.values()) {
                total.add(breakdown.sum(line));
                all += breakdown.sum(line);
            }
            total.add(all);
            rows.add(total);
        }
        return new ReportTable("by_" + dimension.name().toLowerCase(), texts.text("report.yearly.by",
                texts.text("YearlyDimension." + dimension.name())), headers, rows, dimension.addsUp());
    }

    /** What a group is called: the name for centres, partners and courses, the translated group, the month. */
    static String groupLabel(YearlyDimension dimension, BreakdownRow row, ReportTexts texts) {
        if (YearlyFigures.NONE.equals(row.key())) {
            return texts.text("report.yearly.none");
        }
        return switch (dimension) {
            case TARGET_GROUP -> texts.text("TargetGroup." + row.key());
            case COURSE -> row.key() + (row.label() == null || row.label().isBlank() ? "" : " · " + row.label());
            case MONTH -> texts.month(row.key());
            default -> row.label() == null || row.label().isBlank() ? row.key() : row.label();
        };
    }

    private static ReportTable occupancy(YearlyReport report, ReportTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (OccupancyFigure figure : report.occupancy().figures()) {
            rows.add(occupancyRow(texts.month(figure.key()), figure));
        }
        rows.add(occupancyRow(texts.text("report.yearly.total"), report.occupancy().total()));
        return new ReportTable("occupancy", texts.text("report.yearly.occupancy"), List.of(
                texts.text("YearlyDimension.MONTH"), texts.text("report.yearly.occupancy.occupied"),
                texts.text("report.yearly.occupancy.offered"), texts.text("report.yearly.occupancy.rate"),
                texts.text("report.yearly.occupancy.hoursAttended"), texts.text("report.yearly.occupancy.hoursOffered"),
                texts.text("report.yearly.occupancy.attendanceRate")), rows, true);
    }

    private static List<Object> occupancyRow(String label, OccupancyFigure figure) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        cells.add(figure.seatsOccupied());
        cells.add(figure.seatsOffered());
        cells.add(percent(figure.occupancyRate()));
        cells.add(figure.seatHoursAttended());
        cells.add(figure.seatHoursOffered());
        cells.add(percent(figure.attendanceRate()));
        return cells;
    }

    private static Double percent(Double ratio) {
        return ratio == null ? null : Math.round(ratio * 1000) / 10.0;
    }

    private static ReportTable targets(List<TargetComparison> targets, ReportTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (TargetComparison target : targets) {
            rows.add(List.of(texts.text("Indicator." + target.indicator().name()), target.target(), target.actual(),
                    target.projection(), texts.text("TargetStatus." + target.status().name())));
        }
        return new ReportTable("targets", texts.text("report.yearly.targets"), List.of(
                texts.text("report.yearly.targets.indicator"), texts.text("report.yearly.targets.target"),
                texts.text("report.yearly.targets.actual"), texts.text("report.yearly.targets.projection"),
                texts.text("report.yearly.targets.status")), rows, false);
    }

    /** The table of one breakdown. */
    public ReportTable table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst().orElseThrow();
    }
}
