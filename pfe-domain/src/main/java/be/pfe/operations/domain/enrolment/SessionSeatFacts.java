package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.session.SessionStatus;

import java.time.LocalDate;

/**
 * What seat booking needs to know of a session, read while its row is locked.
 *
 * @param validation the session is a skills validation (its course a unit of competence), not a training
 */
public record SessionSeatFacts(long sessionId, int seatCapacity, LocalDate startDate, SessionStatus status,
                               boolean validation) {

    /** Learners may apply and be admitted: the session is neither cancelled nor closed. */
    public boolean takesLearners() {
        return status != SessionStatus.CANCELLED && status != SessionStatus.CLOSED;
    }
}
