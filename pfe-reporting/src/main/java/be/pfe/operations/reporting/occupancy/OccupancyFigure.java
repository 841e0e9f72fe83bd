package be.pfe.operations.reporting.occupancy;

/**
 * The occupancy of one group (a centre, a course, a month...): seats occupied out of seats offered, and seat-hours
 * attended out of seat-hours offered. Offered figures are {@code null} where they do not apply (by target group).
 *
 * @param key   what the group is, as the drill-down takes it back (a code, a session id, a month 2043-03)
 * @param label what the group is, for people (a centre's name, a session's course and start)
 */
public record OccupancyFigure(String key, String label, long seatsOccupied, Long seatsOffered,
                              double seatHoursAttended, Double seatHoursOffered) {

    /** Seats occupied / offered, or {@code null} when nothing is offered. */
    public Double occupancyRate() {
        return seatsOffered == null || seatsOffered == 0 ? null : (double) seatsOccupied / seatsOffered;
    }

    /** Seat-hours attended / offered, or {@code null} when nothing is offered. */
    public Double attendanceRate() {
        return seatHoursOffered == null || seatHoursOffered == 0 ? null : seatHoursAttended / seatHoursOffered;
    }
}
