package be.pfe.operations.domain.notification;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A change that concerns learners or partners, fired by the use case that makes it (a CDI event, observed
 * synchronously by {@link OutboxWriter} inside the use case's transaction): the messages it causes are written to
 * the outbox with the change, and are rolled back with it.
 *
 * @param kind        what to tell
 * @param enrolmentId the enrolment concerned (enrolment messages), else null
 * @param sessionId   the session concerned (session and meeting messages), else null
 * @param reason      the reason given (refusal, cancellation), may be null
 * @param was         the meeting's day, start and end before the change (meeting messages), may be null
 * @param now         the meeting's day, start and end after the change (a moved meeting), may be null
 * @param actor       who made the change
 * @param learnerId   the candidate (skills validation messages, with their session), else null
 * @param certificate the number of the certificate a passed candidate gets, else null
 */
public record NotificationCause(MessageKind kind, Long enrolmentId, Long sessionId, String reason, When was, When now,
                                String actor, Long learnerId, String certificate) {

    /** A meeting's day and hours. */
    public record When(LocalDate date, LocalTime start, LocalTime end) {
    }

    public static NotificationCause ofEnrolment(MessageKind kind, long enrolmentId, String reason, String actor) {
        return new NotificationCause(kind, enrolmentId, null, reason, null, null, actor, null, null);
    }

    public static NotificationCause ofSession(MessageKind kind, long sessionId, String reason, When was, When now,
                                              String actor) {
        return new NotificationCause(kind, null, sessionId, reason, was, now, actor, null, null);
    }

    /** About a candidate of a skills validation session; {@code result} for a result (PASSED, FAILED, ABSENT). */
    public static NotificationCause ofCandidate(MessageKind kind, long sessionId, long learnerId, String result,
                                                String certificate, String actor) {
        return new NotificationCause(kind, null, sessionId, result, null, null, actor, learnerId, certificate);
    }
}
