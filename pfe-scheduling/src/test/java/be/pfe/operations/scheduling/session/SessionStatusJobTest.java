package be.pfe.operations.scheduling.session;

import be.pfe.operations.scheduling.ServiceGraph;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.JpaEnrolments;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.domain.session.SessionEventKind;
import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionSearch;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import be.pfe.operations.scheduling.seats.Seating;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The status job, the on-read check, the lifecycle's use cases and the bounds on past meetings, against the real
 * PostgreSQL, around a session's first and last days.
 */
class SessionStatusJobTest {

    private static final LocalDate START = LocalDate.parse("2044-03-07"); // a Monday
    private static final LocalDate END = LocalDate.parse("2044-04-29");

    private final TestDatabase database = TestDatabase.shared();
    private final Actor staff = new Actor("staff.digitalcity", "Staff",
            List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "DIGITALCITY")));
    private final Actor administrator = new Actor("admin", "Admin", List.of(RoleGrant.of(Role.ADMINISTRATOR)));

    @BeforeEach
    void clean() {
        database.deleteOperationalData();
    }

    /** A session with a room, a trainer and a meeting every Monday of its period, in the given status. */
    private long session(SessionStatus status) {
        return database.inTransaction(em -> {
            var course = new be.pfe.operations.domain.course.JpaCourses(em).byCode("DIG-NET-01")
                    .orElseGet(() -> Fixtures.course(em, "DIG-NET-01"));
            CourseSession session = new CourseSession(course,
                    Fixtures.centre(em, "DIGITALCITY"), Fixtures.room(em, "DIGITALCITY", "D-LAB-" + System.nanoTime() % 100000, 16),
                    new DateRange(START, END), 12, Language.FR);
            Trainer trainer = new Trainer("T" + System.nanoTime() % 1000000, "Trainer", Fixtures.partner(em, "BRUXELLES_FORMATION"));
            em.persist(trainer);
            session.assignTrainers(List.of(trainer));
            if (status == SessionStatus.OPEN) {
                session.moveTo(SessionStatus.OPEN);
            }
            new JpaCourseSessions(em).add(session);
            List<Meeting> meetings = START.datesUntil(END.plusDays(1), java.time.Period.ofWeeks(1))
                    .map(day -> new Meeting(session, new MeetingTime(day, LocalTime.of(9, 0), LocalTime.of(12, 0))))
                    .toList();
            new JpaMeetings(em).addAll(meetings);
            return session.id();
        });
    }

    private int followOn(LocalDate day) {
        return database.inTransaction(em -> new SessionCalendarFollower(new JpaCourseSessions(em),
                Seating.clockOn(day)).followCalendar());
    }

    private SessionStatus statusOf(long session) {
        return SessionStatus.valueOf(database.inTransaction(em -> (String) em.createNativeQuery(
                "select status from course_session where id = ?").setParameter(1, session).getSingleResult()));
    }

    private long history(long session) {
        return database.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from session_history where session_id = ?").setParameter(1, session)
                .getSingleResult()).longValue());
    }

    private SessionLifecycle lifecycle(EntityManager em, Actor actor, Clock clock) {
        return new SessionLifecycle(new JpaCourseSessions(em), new JpaMeetings(em), new JpaEnrolments(em), actor, clock);
    }

    @Test
    void theJobRunsASessionOnItsFirstDayAndClosesItTheDayAfterItsLastOnceOnly() {
        long open = session(SessionStatus.OPEN);
        long planned = session(SessionStatus.PLANNED);

        assertEquals(0, followOn(START.minusDays(1)), "the day before: nothing to do");
        assertEquals(SessionStatus.OPEN, statusOf(open));
        assertEquals(SessionStatus.PLANNED, statusOf(planned));

        assertEquals(2, followOn(START), "the first day: both run");
        assertEquals(SessionStatus.RUNNING, statusOf(open));
        assertEquals(SessionStatus.RUNNING, statusOf(planned));
        assertEquals(0, followOn(START), "idempotent: a second run the same day changes nothing");
        assertEquals(1, history(open));

        assertEquals(0, followOn(END), "the last day: still running");
        assertEquals(2, followOn(END.plusDays(1)), "the day after: closed");
        assertEquals(SessionStatus.CLOSED, statusOf(open));
        assertEquals(0, followOn(END.plusDays(1)));
        assertEquals(2, history(open));
        assertEquals("calendar", database.inTransaction(em -> em.createNativeQuery(
                "select actor from session_history where session_id = ? and kind = 'CLOSED'").setParameter(1, open)
                .getSingleResult()));
    }

    @Test
    void aPageReadsTheStatusOfTodayEvenBeforeTheJobHasRun() {
        long open = session(SessionStatus.OPEN);
        SessionSearch.Filters onStart = new SessionSearch.Filters(null, null, null, null, null, null, START);
        List<SessionListItem> read = database.inTransaction(em -> new JpaCourseSessions(em).search(
                new SessionSearch("DIGITALCITY", 0, 10, null, true, onStart)));
        assertEquals(SessionStatus.RUNNING, read.get(0).status(), "read as of its first day");
        assertEquals(SessionStatus.OPEN, statusOf(open), "nothing written by reading");
        assertEquals(SessionStatus.CLOSED, read.get(0).asOf(END.plusDays(1)).status());

        for (SessionStatus status : SessionStatus.values()) {
            long expected = status == SessionStatus.RUNNING ? 1 : 0;
            SessionSearch byStatus = new SessionSearch("DIGITALCITY", 0, 10, null, true,
                    new SessionSearch.Filters(null, status, null, null, null, null, START));
            assertEquals(expected, (long) database.inTransaction(em -> new JpaCourseSessions(em).countOf(byStatus)),
                    "filtered on " + status + " as of its first day");
        }
        SessionSearch closedLater = new SessionSearch(null, 0, 10, null, true,
                new SessionSearch.Filters(null, SessionStatus.CLOSED, null, null, null, "net", END.plusDays(1)));
        assertEquals(1, (long) database.inTransaction(em -> new JpaCourseSessions(em).countOf(closedLater)));
        assertEquals("DIG-NET-01 · 2044-03-07", read.get(0).code());
    }

    @Test
    void cancellingAfterTheStartCancelsTheMeetingsToComeAndEndsTheEnrolmentsWithTheReason() {
        long session = session(SessionStatus.OPEN);
        Seating seating = new Seating(database, Seating.clockOn(START.minusDays(20)));
        long admitted = seating.screened(session, null);
        seating.admit(admitted);
        long screened = seating.screened(session, null);
        LocalDate cancelDay = START.plusDays(15); // a Tuesday: three Mondays have been held, five are to come

        LifecycleResult result = database.inTransaction(em -> {
            SessionLifecycle.Cancellation done = lifecycle(em, staff, Seating.clockOn(cancelDay))
                    .cancel(session, "Trainer left, no replacement");
            return new LifecycleResult(done.meetingsCancelled(), done.enrolmentsEnded());
        });
        assertEquals(5, result.meetings(), "the Mondays after the cancellation");
        assertEquals(2, result.enrolments());
        assertEquals(SessionStatus.CANCELLED, statusOf(session));
        database.transact(em -> {
            CourseSession read = em.find(CourseSession.class, session);
            assertEquals(cancelDay, read.cancelledOn());
            assertEquals("Trainer left, no replacement", read.cancellationReason());
            List<Meeting> meetings = new JpaMeetings(em).ofSession(session);
            meetings.forEach(meeting -> assertEquals(meeting.time().date().isAfter(cancelDay)
                    ? MeetingStatus.CANCELLED : MeetingStatus.SCHEDULED, meeting.status(), meeting.time().toString()));
            var kinds = new JpaCourseSessions(em).historyOf(session).stream().map(e -> e.kind()).toList();
            assertEquals(List.of(SessionEventKind.STARTED, SessionEventKind.CANCELLED), kinds,
                    "the calendar's step first, then the cancellation");
        });
        for (long enrolment : List.of(admitted, screened)) {
            var read = seating.read(enrolment);
            assertEquals(EnrolmentStatus.SESSION_CANCELLED, read.status());
            assertNull(read.seat());
            assertEquals("Trainer left, no replacement", read.history().get(read.history().size() - 1).reason());
        }

        long events = history(session);
        ClashException again = assertThrows(ClashException.class, () -> database.inTransaction(em ->
                lifecycle(em, staff, Seating.clockOn(cancelDay)).cancel(session, "twice")));
        assertEquals("session.status.transition", again.messageKey());
        assertEquals(events, history(session), "nothing written on refusal");
        assertThrows(BusinessRuleException.class, () -> database.inTransaction(em ->
                lifecycle(em, staff, Seating.clockOn(cancelDay)).correct(session, SessionStatus.RUNNING, "mistake")));
        database.inTransaction(em -> lifecycle(em, administrator, Seating.clockOn(cancelDay))
                .correct(session, SessionStatus.RUNNING, "cancelled by mistake"));
        assertEquals(SessionStatus.RUNNING, statusOf(session));
    }

    private record LifecycleResult(int meetings, int enrolments) {
    }

    @Test
    void openingIsRefusedWithItsReasonAndNothingWrittenWhenTheSessionHasNoMeeting() {
        long session = session(SessionStatus.PLANNED);
        database.transact(em -> em.createNativeQuery("delete from meeting where session_id = ?")
                .setParameter(1, session).executeUpdate());
        ClashException refused = assertThrows(ClashException.class, () -> database.inTransaction(em ->
                lifecycle(em, staff, Seating.clockOn(START.minusDays(30))).open(session, null)));
        assertEquals("session.open.meetingRequired", refused.messageKey());
        assertEquals(SessionStatus.PLANNED, statusOf(session));
        assertEquals(0, history(session));
    }

    private SessionTimetabling timetabling(EntityManager em, Actor actor, LocalDate today) {
        return ServiceGraph.sessionTimetabling(em, actor, Seating.clockOn(today));
    }

    @Test
    void meetingsOfPastDaysChangeOnlyByAnAdministratorWithAReasonRecorded() {
        long session = session(SessionStatus.OPEN);
        long first = database.inTransaction(em -> new JpaMeetings(em).ofSession(session).get(0).id());
        LocalDate later = START.plusDays(10);

        ClashException refused = assertThrows(ClashException.class, () -> database.inTransaction(em ->
                timetabling(em, staff, later).cancelMeeting(first, "typo")));
        assertEquals("meeting.past.administratorOnly", refused.messageKey());
        assertThrows(ClashException.class, () -> database.inTransaction(em -> timetabling(em, staff, later)
                .moveMeeting(first, new MeetingTime(START.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        null, "typo")));
        assertEquals("meeting.past.reasonRequired", assertThrows(BusinessRuleException.class, () ->
                database.inTransaction(em -> timetabling(em, administrator, later).moveMeeting(first,
                        new MeetingTime(START.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0)), null, null)))
                .messageKey());
        assertEquals(0, history(session));

        database.inTransaction(em -> timetabling(em, administrator, later).cancelMeeting(first, "held elsewhere"));
        database.transact(em -> {
            var events = new JpaCourseSessions(em).historyOf(session);
            assertEquals(1, events.size());
            assertEquals(SessionEventKind.PAST_MEETING_CANCELLED, events.get(0).kind());
            assertEquals(first, events.get(0).meetingId());
            assertEquals("admin", events.get(0).actor());
            assertEquals("held elsewhere", events.get(0).reason());
        });
        // a meeting still to come: staff change it as before
        long future = database.inTransaction(em -> new JpaMeetings(em).ofSession(session).get(3).id());
        database.inTransaction(em -> timetabling(em, staff, later).cancelMeeting(future, "trainer ill"));
    }
}
