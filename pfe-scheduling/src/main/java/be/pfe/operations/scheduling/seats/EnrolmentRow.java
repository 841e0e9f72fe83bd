package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.SeatKind;

/**
 * One enrolment of a session as a list shows it (no national register number).
 *
 * @param seatPartner the partner whose quota the seat belongs to, or {@code null} (pool, or no seat)
 * @param partner     the partner the learner comes through, or {@code null}
 */
public record EnrolmentRow(long enrolmentId, long learnerId, String familyName, String givenName,
                           EnrolmentStatus status, SeatKind seatKind, String seatPartner, String partner) {
}
