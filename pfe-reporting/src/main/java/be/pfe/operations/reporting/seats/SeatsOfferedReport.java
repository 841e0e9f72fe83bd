package be.pfe.operations.reporting.seats;

import java.time.Year;
import java.util.List;

/** Seats offered per centre for one year, every centre listed (zero where nothing is planned). */
public record SeatsOfferedReport(Year year, List<CentreSeats> centres) {

    public SeatsOfferedReport {
        centres = List.copyOf(centres);
    }

    public long totalSeats() {
        return centres.stream().mapToLong(CentreSeats::seats).sum();
    }

    public long totalSessions() {
        return centres.stream().mapToLong(CentreSeats::sessions).sum();
    }
}
