package be.pfe.operations.reporting.seats;

/** The seats one centre offers in a year, and over how many sessions. */
public record CentreSeats(String centreCode, String centreName, long sessions, long seats) {
}
