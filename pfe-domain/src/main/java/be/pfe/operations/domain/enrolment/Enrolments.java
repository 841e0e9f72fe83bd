package be.pfe.operations.domain.enrolment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The enrolments of all sessions, and the seat facts of a session. */
public interface Enrolments {

    Optional<Enrolment> byId(long id);

    Enrolment add(Enrolment enrolment);

    /**
     * Locks the enrolment's row until the transaction ends and reads it again, so that a step decided after the
     * session's lock sees what an earlier request for the same enrolment did.
     */
    void lock(Enrolment enrolment);

    List<Enrolment> ofSession(long sessionId);

    /** The learner's enrolment in the session that is still under way (not refused, dropped out or completed). */
    Optional<Enrolment> openOf(long learnerId, long sessionId);

    /** The learner's latest enrolment in the session, whatever its status (an import finds it again). */
    Optional<Enrolment> latestOf(long learnerId, long sessionId);

    /** The seats held in the session, per seat (a partner's quota, or the pool). */
    Map<Seat, Long> heldSeats(long sessionId);

    /** The waitlisted enrolments of the session, in order of arrival. */
    List<WaitlistEntry> waitlist(long sessionId);

    /** The next arrival number: call it while the session is locked, so numbers follow the order served. */
    long nextArrival();

    /**
     * Locks the session's row until the transaction ends ({@code select ... for update}) and reads its seat
     * facts; every change of a session's seats starts here, so two of them (even from two application instances)
     * never overlap.
     */
    Optional<SessionSeatFacts> lockSession(long sessionId);

    /** The session's seat plan, or its default plan (not stored) when it has none. */
    SeatPlan planOf(long sessionId);

    SeatPlan save(SeatPlan plan);

    /** Per enrolment of the session, the explanation of its latest automatic step (promotion, transfer...). */
    Map<Long, Explanation> lastExplanations(long sessionId);

    /** Writes the pending changes, so that the queries that follow see them. */
    void flush();
}
