package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.notification.Notices;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.session.SessionChange;
import be.pfe.operations.domain.session.SessionEventKind;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.calendar.CentreClosures;
import be.pfe.operations.domain.calendar.ClosingCalendar;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingSchedule;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.domain.notification.MessageKind;
import be.pfe.operations.domain.notification.NotificationCause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives a session its weekly times: its meetings are generated over its period, skipping the centre's
 * closed days, and checked for conflicts. Moves one meeting, or all meetings of a session by some days, cancels
 * one, adds a make-up one, with the same checks. Blocked conflicts refuse the change; warnings refuse it too unless
 * someone accepts them with a reason, which is recorded with who accepted them and when. Either the whole
 * change is saved or nothing is.
 */
@ApplicationScoped
@Transactional
public class SessionTimetabling {

    /** The furthest a whole session can be moved at once, in days. */
    public static final int MAX_SHIFT_DAYS = 366;

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private CourseSessions sessions;
    private Meetings meetings;
    private CentreClosures closures;
    private ConflictDetector detector;
    private ConflictGate gate;
    /** Who changes: an administrator may change a frozen session and meetings of past days (with a reason). */
    @Inject
    Actor actor;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    protected SessionTimetabling() {
        // for CDI
    }

    /** The messages a change causes, written to the outbox in its transaction (none outside a container). */
    @Inject
    Notices notices = Notices.NONE;

    private void tell(MessageKind kind, CourseSession session, String reason, MeetingTime was, MeetingTime now) {
        notices.tell(NotificationCause.ofSession(kind, session.id(), reason, when(was), when(now),
                actor == null ? null : actor.username()));
    }

    private static NotificationCause.When when(MeetingTime time) {
        return time == null ? null : new NotificationCause.When(time.date(), time.start(), time.end());
    }

    @Inject
    public SessionTimetabling(CourseSessions sessions, Meetings meetings, CentreClosures closures,
                              ConflictDetector detector, ConflictGate gate) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.closures = closures;
        this.detector = detector;
        this.gate = gate;
    }

    /** For use outside a container (tests): the same, on the given entity manager. */
    public SessionTimetabling(EntityManager entityManager, CourseSessions sessions, Meetings meetings,
                              CentreClosures closures, ConflictDetector detector, ConflictGate gate) {
        this(sessions, meetings, closures, detector, gate);
        this.entityManager = entityManager;
    }

    /** For use outside a container (tests): the same, as this actor, on this clock's days. */
    public SessionTimetabling(EntityManager entityManager, CourseSessions sessions, Meetings meetings,
                              CentreClosures closures, ConflictDetector detector, ConflictGate gate, Actor actor,
                              Clock clock) {
        this(entityManager, sessions, meetings, closures, detector, gate);
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Sets the weekly pattern and regenerates the session's scheduled meetings.
     *
     * @param acceptance who accepts the warnings and why, or {@code null} to accept none
     * @return the meetings now scheduled
     */
    @UseCase(Access.PLANNING)
    public List<MeetingTime> setWeeklyPattern(@Names(RecordKind.SESSION) long sessionId, Collection<WeeklySlot> pattern,
                                              ConflictGate.Acceptance acceptance) {
        CourseSession session = session(sessionId);
        requireChangeable(session);
        session.changeWeeklyPattern(pattern);
        LocalDate today = today();
        MeetingSchedule schedule = MeetingSchedule.generate(session.period(), session.weeklyPattern(),
                new ClosingCalendar(session.period(), closures.ofCentreDuring(session.centre().code(), session.period())));
        List<Meeting> stored = meetings.ofSession(sessionId);
        // a cancelled meeting keeps its place: the new pattern does not bring it back
        Set<String> cancelled = stored.stream().filter(meeting -> meeting.status() == MeetingStatus.CANCELLED)
                .map(meeting -> slotKey(meeting.time())).collect(Collectors.toSet());
        // meetings of past days are history: a new pattern neither removes nor adds any before today
        List<MeetingTime> times = schedule.meetings().stream()
                .filter(time -> !cancelled.contains(slotKey(time)))
                .filter(time -> !time.date().isBefore(today)).toList();
        check(session, times, acceptance);

        for (Meeting meeting : stored) {
            if (meeting.status() == MeetingStatus.SCHEDULED && !meeting.time().date().isBefore(today)) {
                entityManager.remove(meeting);
            }
        }
        entityManager.flush();
        meetings.addAll(times.stream().map(time -> new Meeting(session, time)).toList());
        return times;
    }

    /** Moves one meeting (a make-up day, a changed time), checked for conflicts like a whole pattern. */
    @UseCase(Access.PLANNING)
    public MeetingTime moveMeeting(@Names(RecordKind.MEETING) long meetingId, MeetingTime time, ConflictGate.Acceptance acceptance) {
        return moveMeeting(meetingId, time, acceptance, null);
    }

    /**
     * Moves one meeting; a meeting of a past day (or to a past day) is moved only by an administrator, with the
     * reason, recorded in the session's history.
     */
    @UseCase(Access.PLANNING)
    public MeetingTime moveMeeting(@Names(RecordKind.MEETING) long meetingId, MeetingTime time,
                                   ConflictGate.Acceptance acceptance, String reason) {
        Meeting meeting = meeting(meetingId);
        requireChangeable(meeting.session());
        if (time != null && (meeting.time().date().isBefore(today()) || time.date().isBefore(today()))) {
            recordPastChange(meeting, SessionEventKind.PAST_MEETING_MOVED, reason);
        }
        MeetingTime was = meeting.time();
        meeting.moveTo(time);
        requireNoOwnOverlap(meeting.session(), meeting, time);
        check(meeting.session(), List.of(time), acceptance);
        if (!time.date().isBefore(today())) {
            tell(MessageKind.MEETING_MOVED, meeting.session(), reason, was, meeting.time());
        }
        return meeting.time();
    }

    /**
     * Moves the whole session by some days: its period and every meeting still to take place (cancelled ones
     * stay where they were, as records). Checked for conflicts like a whole pattern: a meeting that lands on a
     * closed day, or in a room or with a trainer taken at that time, refuses the move, and nothing changes.
     *
     * @param days how many days later (earlier when negative); not zero, at most a year either way
     * @return the meetings now scheduled
     */
    @UseCase(Access.PLANNING)
    public List<MeetingTime> shiftMeetings(@Names(RecordKind.SESSION) long sessionId, int days, ConflictGate.Acceptance acceptance) {
        if (days == 0 || Math.abs(days) > MAX_SHIFT_DAYS) {
            throw new BusinessRuleException("meeting.shift.daysInvalid", "days", MAX_SHIFT_DAYS);
        }
        CourseSession session = session(sessionId);
        requireActive(session);
        requireChangeable(session);
        session.reschedule(session.period().shiftedBy(days));
        List<Meeting> scheduled = meetings.ofSession(sessionId).stream()
                .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED).toList();
        LocalDate today = today();
        if (!administrator() && scheduled.stream().anyMatch(meeting -> meeting.time().date().isBefore(today)
                || meeting.time().date().plusDays(days).isBefore(today))) {
            throw new ClashException("meeting.past.administratorOnly", "days", today);
        }
        List<MeetingTime> shifted = scheduled.stream().map(meeting -> meeting.time().shiftedBy(days)).toList();
        check(session, shifted, acceptance);
        for (int i = 0; i < scheduled.size(); i++) {
            scheduled.get(i).moveTo(shifted.get(i));
        }
        tell(MessageKind.SESSION_MOVED, session, null, null, null);
        return shifted;
    }

    /** Cancels one meeting with its reason; it stays visible, as cancelled (calendar feeds publish it so). */
    @UseCase(Access.PLANNING)
    public Meeting cancelMeeting(@Names(RecordKind.MEETING) long meetingId, String reason) {
        Meeting meeting = meeting(meetingId);
        requireChangeable(meeting.session());
        if (meeting.time().date().isBefore(today())) {
            recordPastChange(meeting, SessionEventKind.PAST_MEETING_CANCELLED, reason);
        }
        meeting.cancel(reason);
        if (!meeting.time().date().isBefore(today())) {
            tell(MessageKind.MEETING_CANCELLED, meeting.session(), reason, meeting.time(), null);
        }
        return meeting;
    }

    /**
     * Adds a make-up meeting on a day and time within the session's period, checked for conflicts like a
     * move.
     */
    @UseCase(Access.PLANNING)
    public Meeting addMeeting(@Names(RecordKind.SESSION) long sessionId, MeetingTime time, ConflictGate.Acceptance acceptance) {
        CourseSession session = session(sessionId);
        requireActive(session);
        requireChangeable(session);
        if (time != null && time.date() != null && time.date().isBefore(today()) && !administrator()) {
            throw new ClashException("meeting.past.administratorOnly", "date", today());
        }
        Meeting makeUp = new Meeting(session, time);
        requireNoOwnOverlap(session, null, time);
        check(session, List.of(time), acceptance);
        meetings.addAll(List.of(makeUp));
        return makeUp;
    }

    /**
     * Gives the session another room and other trainers from a day on (e.g. a trainer fell ill): its scheduled
     * meetings from that day are checked for conflicts with them like any change; earlier meetings keep what
     * they had as history and are not checked again.
     *
     * @return the meetings checked
     */
    @UseCase(Access.PLANNING)
    public List<MeetingTime> reassign(@Names(RecordKind.SESSION) long sessionId, Room room, Collection<Trainer> trainers, LocalDate from,
                                      ConflictGate.Acceptance acceptance) {
        CourseSession session = session(sessionId);
        requireActive(session);
        requireChangeable(session);
        session.placeIn(room);
        session.assignTrainers(trainers);
        entityManager.flush();
        List<MeetingTime> upcoming = meetings.ofSession(sessionId).stream()
                .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED)
                .map(Meeting::time)
                .filter(time -> !time.date().isBefore(from))
                .toList();
        check(session, upcoming, acceptance);
        return upcoming;
    }

    /**
     * Checks the times for conflicts under the centre's policy, after locking the session's room and
     * trainers: two changes that would book the same room or trainer are then checked one after the other,
     * so the second sees the first's meetings, also across application instances.
     */
    private void check(CourseSession session, List<MeetingTime> times, ConflictGate.Acceptance acceptance) {
        if (session.room() != null) {
            entityManager.lock(session.room(), LockModeType.PESSIMISTIC_WRITE);
        }
        // always in the same order, so that two changes sharing trainers cannot wait for each other
        session.trainers().stream().sorted(Comparator.comparing(Trainer::id))
                .forEach(trainer -> entityManager.lock(trainer, LockModeType.PESSIMISTIC_WRITE));
        gate.pass(session, detector.conflictsOf(session, times), acceptance);
    }

    /** A session does not meet twice at once. */
    private void requireNoOwnOverlap(CourseSession session, Meeting moved, MeetingTime time) {
        for (Meeting other : meetings.ofSession(session.id())) {
            if (!other.equals(moved) && other.status() == MeetingStatus.SCHEDULED && other.time().overlaps(time)) {
                throw new BusinessRuleException("meeting.overlapsOwn", "date", time.date(),
                        other.time().start().toString(), other.time().end().toString());
            }
        }
    }

    /**
     * A meeting of a past day changes only by an administrator, with the reason, recorded in the session's history;
     * anyone else is refused (409) and nothing is written.
     */
    private void recordPastChange(Meeting meeting, SessionEventKind kind, String reason) {
        if (!administrator()) {
            throw new ClashException("meeting.past.administratorOnly", "date", today());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("meeting.past.reasonRequired", "reason");
        }
        meeting.session().recordPastMeetingChange(kind, meeting.id(),
                new SessionChange(actor.username(), OffsetDateTime.now(clock), reason));
    }

    /** A closed or cancelled session's times and trainers change only by an administrator. */
    private void requireChangeable(CourseSession session) {
        session.requireChangeable(administrator());
    }

    /** An administrator plans every centre at once. */
    private boolean administrator() {
        try {
            return actor != null && actor.may(Access.PLANNING, null);
        } catch (RuntimeException noRequest) {
            return false; // no request (a background job): nobody's rights
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A meeting's day and start: a session meets at most once at each. */
    private static String slotKey(MeetingTime time) {
        return time.date() + " " + time.start();
    }

    private static void requireActive(CourseSession session) {
        if (session.status() == SessionStatus.CANCELLED) {
            throw new BusinessRuleException("meeting.sessionCancelled", null, session.course().code());
        }
    }

    private Meeting meeting(long meetingId) {
        return meetings.byId(meetingId).orElseThrow(() -> new NotFoundException("meeting.unknown", null, meetingId));
    }

    private CourseSession session(long sessionId) {
        return sessions.byId(sessionId).orElseThrow(() -> new NotFoundException("session.unknown", null, sessionId));
    }
}
