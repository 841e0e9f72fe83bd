package be.pfe.operations.scheduling.session;

import be.pfe.operations.domain.notification.Notices;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.session.SessionChange;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.notification.MessageKind;
import be.pfe.operations.domain.notification.NotificationCause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import be.pfe.operations.scheduling.history.Backdating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The lifecycle of a session, one step per use case: staff open it for enrolment, close it early, cancel it; an
 * administrator corrects a closed or cancelled one. Each step first brings the status in line with the calendar
 * (under the session's row lock, like every change of its seats), then takes the step, and records it in the
 * session's history with who, when and why. A step that is not allowed now is refused (409) and writes nothing.
 *
 * <p>Cancelling does what a cancellation means: the meetings still to come are cancelled (calendar feeds publish
 * them so), every enrolment still open ends as {@code SESSION_CANCELLED} with the reason in its history, which
 * returns the seats and empties the waitlist; a cancelled session takes no learner any more.
 */
@ApplicationScoped
@Transactional
public class SessionLifecycle {


    private CourseSessions sessions;
    private Meetings meetings;
    private Enrolments enrolments;
    private Actor actor;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;
    private Backdating backdating = Backdating.standard();

    protected SessionLifecycle() {
        // for CDI
    }

    /** The messages a change causes, written to the outbox in its transaction (none outside a container). */
    @Inject
    Notices notices = Notices.NONE;

    @Inject
    public SessionLifecycle(CourseSessions sessions, Meetings meetings, Enrolments enrolments, Actor actor,
                            Backdating backdating) {
        this(sessions, meetings, enrolments, actor, Clocks.system());
        this.backdating = backdating;
    }

    public SessionLifecycle(CourseSessions sessions, Meetings meetings, Enrolments enrolments, Actor actor,
                            Clock clock) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.enrolments = enrolments;
        this.actor = actor;
        this.clock = clock;
    }

    /** Opens a planned session for enrolment: it needs a room, a trainer and at least one scheduled meeting. */
    @UseCase(Access.PLANNING)
    public CourseSession open(@Names(RecordKind.SESSION) long sessionId, String reason) {
        CourseSession session = current(sessionId);
        int scheduled = (int) meetings.ofSession(sessionId).stream()
                .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED).count();
        session.open(scheduled, change(reason));
        sessions.flush();
        return session;
    }

    /** Closes a running session before its last day. */
    @UseCase(Access.PLANNING)
    public CourseSession close(@Names(RecordKind.SESSION) long sessionId, String reason) {
        return close(sessionId, reason, null);
    }

    /**
     * The same, the session closed on a past day ({@code on}; {@code null}: today): beyond the back-dating window
     * only with the history-import right, marked back-dated in its history and audited.
     */
    @UseCase(Access.PLANNING)
    public CourseSession close(@Names(RecordKind.SESSION) long sessionId, String reason, LocalDate on) {
        CourseSession session = current(sessionId);
        SessionChange change = change(reason);
        Step dated = backdating.step(change.actor(), change.at(), change.reason(), on, "session " + sessionId);
        session.closeEarly(change, on, dated.backdated());
        sessions.flush();
        return session;
    }

    /**
     * Cancels a planned, open or running session with its reason, on today's date: its meetings still to come are
     * cancelled, its open enrolments end with the reason (seats returned, waitlist emptied).
     *
     * @return how many meetings and enrolments the cancellation changed
     */
    @UseCase(Access.PLANNING)
    public Cancellation cancel(@Names(RecordKind.SESSION) long sessionId, String reason) {
        return cancel(sessionId, reason, null);
    }

    /**
     * The same, the session cancelled on a past day ({@code on}; {@code null}: today): beyond the back-dating window
     * only with the history-import right, audited; its open enrolments end on that day.
     */
    @UseCase(Access.PLANNING)
    public Cancellation cancel(@Names(RecordKind.SESSION) long sessionId, String reason, LocalDate on) {
        CourseSession session = current(sessionId);
        SessionChange change = change(reason);
        Step dated = backdating.step(change.actor(), change.at(), change.reason(), on, "session " + sessionId);
        session.cancel(change, on, dated.backdated());
        LocalDateTime now = LocalDateTime.now(clock.withZone(Clocks.BRUSSELS));
        String meetingReason = change.reason().length() > Meeting.REASON_LENGTH
                ? change.reason().substring(0, Meeting.REASON_LENGTH - 1) + "…" : change.reason();
        int cancelledMeetings = 0;
        for (Meeting meeting : meetings.ofSession(sessionId)) {
            if (meeting.status() == MeetingStatus.SCHEDULED
                    && meeting.time().date().atTime(meeting.time().start()).isAfter(now)) {
                meeting.cancel(meetingReason);
                cancelledMeetings++;
            }
        }
        int endedEnrolments = 0;
        for (Enrolment enrolment : enrolments.ofSession(sessionId)) {
            if (enrolment.sessionCancelled(session.cancelledOn(), dated)) {
                endedEnrolments++;
                notices.tell(NotificationCause.ofEnrolment(MessageKind.SESSION_CANCELLED, enrolment.id(), change.reason(),
                        change.actor()));
            }
        }
        sessions.flush();
        return new Cancellation(session, cancelledMeetings, endedEnrolments);
    }

    /**
     * An administrator changes the status of a closed or cancelled session (frozen for everyone else), with the
     * reason. What a cancellation did (cancelled meetings, ended enrolments) stays as recorded.
     */
    @UseCase(Access.PLANNING)
    public CourseSession correct(@Names(RecordKind.SESSION) long sessionId, SessionStatus to, String reason) {
        if (!isAdministrator()) {
            throw new AccessDeniedException(Access.PLANNING, null);
        }
        CourseSession session = current(sessionId);
        session.correct(to, change(reason));
        sessions.flush();
        return session;
    }

    /** What a cancellation changed. */
    public record Cancellation(CourseSession session, int meetingsCancelled, int enrolmentsEnded) {
    }

    /** The session, locked, its status brought in line with today first. */
    private CourseSession current(long sessionId) {
        CourseSession session = sessions.lockById(sessionId)
                .orElseThrow(() -> new NotFoundException("session.unknown", null, sessionId));
        session.followCalendar(new SessionChange(SessionChange.CALENDAR, now(), null));
        // the calendar's steps written first: the history reads in the order things happened, even within a second
        sessions.flush();
        return session;
    }

    private SessionChange change(String reason) {
        return new SessionChange(actor.username() == null ? SessionChange.CALENDAR : actor.username(), now(), reason);
    }

    /** An administrator: plans every centre at once (no centre's staff does). */
    private boolean isAdministrator() {
        return actor != null && actor.may(Access.PLANNING, null);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
