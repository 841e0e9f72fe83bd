package be.pfe.operations.web.yearly;

import be.pfe.operations.reporting.yearly.YearlySnapshots;
import java.time.Clock;
import be.pfe.operations.reporting.occupancy.OccupancyReport;
import be.pfe.operations.reporting.targets.TargetComparison;
import be.pfe.operations.reporting.yearly.SpotRecord;
import be.pfe.operations.reporting.yearly.YearlyBreakdown;
import be.pfe.operations.reporting.yearly.YearlyDimension;
import be.pfe.operations.reporting.yearly.YearlyFigures;
import be.pfe.operations.reporting.yearly.YearlyLine;
import be.pfe.operations.reporting.yearly.YearlyQuery;
import be.pfe.operations.reporting.yearly.YearlyReport;
import be.pfe.operations.web.api.ProblemResponses;
import be.pfe.operations.web.api.QueryParameters;
import be.pfe.operations.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Year;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The yearly report: the public table's three lines of occupied spots with breakdowns and occupancy (JSON), the
 * records behind a figure, and the documents (PDF, XLSX, CSV) in the language of {@code Accept-Language}.
 */
@Path("v1/reports/yearly")
public class YearlyReportResource {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    YearlyReports reports;
    @Inject
    ProblemResponses problems;
    @Inject
    YearlySnapshots snapshots;
    @Context
    HttpHeaders headers;

    /** The figures, each line with its name and counting rule in the reader's language. */
    @Schema(name = "FiguresView")
    public record FiguresDto(String centre, String centreName, int year, List<LineDto> lines, long total,
                              List<YearlyBreakdown> breakdowns, OccupancyReport occupancy,
                              List<TargetComparison> targets, YearlySnapshots.Reproduction reproduction) {
    }

    @Schema(name = "LineView")
    public record LineDto(YearlyLine line, String label, long spots, String rule) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Occupied spots of a year for a centre (centre=code) or all centres (no centre): the three "
            + "lines, breakdowns by centre, partner, course, target group and month, occupancy by month, the rules, and for "
            + "one centre the targets of its approved Joint Action Plan against the actual figures")
    public FiguresDto figures(@QueryParam("centre") String centre, @QueryParam("year") String year) {
        Locale locale = problems.locale(headers);
        YearlyReport report = reports.report(YearlyQuery.of(year(year), centre), locale);
        List<LineDto> lines = new ArrayList<>();
        for (YearlyLine line : YearlyLine.values()) {
            lines.add(new LineDto(line, Messages.text(locale, line.labelKey()), report.spots(line),
                    Messages.text(locale, line.ruleKey())));
        }
        return new FiguresDto(report.query().centre(), report.centreName(), report.query().year().getValue(), lines,
                report.total(), report.breakdowns(), report.occupancy(), reports.targets(report),
                snapshots.reproduction(report.query()));
    }

    /** A year of the reports (2000 to 2100, checked by the query), this year when none is given. */
    private Year year(String value) {
        Integer year = QueryParameters.integer("year", value);
        return year == null ? Year.now(clock) : Year.of(year);
    }

    @GET
    @Path("records")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The records behind one figure: line (none: every line), by (CENTRE, PARTNER, COURSE, "
            + "TARGET_GROUP, MONTH) and key as in the figures (none: the line's total); learners' names only with "
            + "access to the centre's personal data; at most " + YearlyFigures.MAX_RECORDS)
    public List<SpotRecord> records(@QueryParam("centre") String centre, @QueryParam("year") String year,
                                    @QueryParam("line") String line, @QueryParam("by") String by,
                                    @QueryParam("key") String key) {
        YearlyDimension dimension = QueryParameters.choice("by", by, YearlyDimension.class);
        return reports.recordsBehind(YearlyQuery.of(year(year), centre),
                QueryParameters.choice("line", line, YearlyLine.class), dimension,
                dimension == null || key == null ? null : key.strip(), problems.locale(headers));
    }

    @GET
    @Path("document.{format}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The yearly report as a document: document.pdf, document.xlsx or document.csv "
            + "(UTF-8 with a byte-order mark, semicolons), in the language of Accept-Language")
    public Response document(@PathParam("format") String format, @QueryParam("centre") String centre,
                             @QueryParam("year") String year) {
        YearlyReports.DocumentFormat documentFormat = YearlyReports.DocumentFormat.of(format);
        YearlyQuery query = YearlyQuery.of(year(year), centre);
        Locale locale = problems.locale(headers);
        byte[] document = reports.document(query, documentFormat, locale);
        return Response.ok(document, documentFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + YearlyReports.fileName(query, documentFormat) + "\"")
                .build();
    }
}
