package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.Seat;

/**
 * The outcome of a request for a seat: admitted on a seat, or waitlisted at a position.
 *
 * @param seat             the seat taken, or {@code null} when waitlisted
 * @param waitlistPosition the place on the waitlist (1 = next), or {@code null} when admitted
 */
public record Booking(long enrolmentId, long sessionId, EnrolmentStatus status, Seat seat, Integer waitlistPosition) {
}
