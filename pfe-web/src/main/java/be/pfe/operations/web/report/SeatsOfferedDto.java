package be.pfe.operations.web.report;

import be.pfe.operations.reporting.seats.CentreSeats;
import be.pfe.operations.reporting.seats.SeatsOfferedReport;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seats offered per centre in a year, with the totals and the counting rule applied. */
@Schema(name = "SeatsOfferedView")
public record SeatsOfferedDto(int year, List<CentreSeats> centres, long totalSessions, long totalSeats,
                               String rule) {

    static SeatsOfferedDto of(SeatsOfferedReport report, String rule) {
        return new SeatsOfferedDto(report.year().getValue(), report.centres(), report.totalSessions(),
                report.totalSeats(), rule);
    }
}
