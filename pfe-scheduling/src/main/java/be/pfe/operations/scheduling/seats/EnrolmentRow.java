package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.Explanation;
import be.pfe.operations.domain.enrolment.SeatKind;

/**
 * One enrolment of a session as a list shows it (no national register number).
 *
 * @param seatPartner the partner whose quota the seat belongs to, or {@code null} (pool, or no seat)
 * @param partner     the partner the learner comes through, or {@code null}
 * @param why         why the application last moved it by itself (e.g. promoted from the waitlist), or {@code null}
 */
public record EnrolmentRow(long enrolmentId, long learnerId, String familyName, String givenName,
                           EnrolmentStatus status, SeatKind seatKind, String seatPartner, String partner,
                           Explanation why) {
}
