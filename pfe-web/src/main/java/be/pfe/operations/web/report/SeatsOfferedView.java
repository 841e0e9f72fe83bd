package be.pfe.operations.web.report;

import be.pfe.operations.reporting.seats.CentreSeats;
import be.pfe.operations.reporting.seats.SeatsOfferedReport;

import java.util.List;

/** Seats offered per centre in a year, with the totals and the counting rule applied. */
public record SeatsOfferedView(int year, List<CentreSeats> centres, long totalSessions, long totalSeats,
                               String rule) {

    static SeatsOfferedView of(SeatsOfferedReport report, String rule) {
        return new SeatsOfferedView(report.year().getValue(), report.centres(), report.totalSessions(),
                report.totalSeats(), rule);
    }
}
