package be.pfe.operations.reporting.occupancy;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;

/**
 * One enrolment behind an occupancy figure: who took the seat (name, and the national register number only
 * masked), in which session, and the seat-hours they attended in the period.
 *
 * @param quotaPartner the partner whose quota the seat belongs to, {@link OccupancyQuery#POOL} for the pool
 */
public record OccupiedSeat(long enrolmentId, long sessionId, String centre, String course, String familyName,
                           String givenName, String maskedNiss, EnrolmentStatus status, String quotaPartner,
                           String targetGroups, double hoursAttended) {

    /** No national register number, should a row be logged. */
    @Override
    public String toString() {
        return "OccupiedSeat[enrolment " + enrolmentId + ", session " + sessionId + "]";
    }
}
