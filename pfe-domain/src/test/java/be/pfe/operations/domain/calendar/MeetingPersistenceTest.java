package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weekly patterns, closures and meetings against the real PostgreSQL schema. */
class MeetingPersistenceTest {

    private final TestDatabase database = TestDatabase.shared();
    private long sessionId;

    @BeforeEach
    void aSessionWithAWeeklyPattern() {
        database.deleteOperationalData();
        sessionId = database.inTransaction(em -> {
            Room lab = Fixtures.room(em, "DIGITALCITY", "D-LAB", 16);
            CourseSession session = new CourseSession(Fixtures.course(em, "DIG-NET-01"), lab.centre(), lab,
                    new DateRange(LocalDate.parse("2027-09-20"), LocalDate.parse("2027-10-08")), 16, Language.FR);
            session.changeWeeklyPattern(List.of(
                    WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:30"),
                    WeeklySlot.of(DayOfWeek.THURSDAY, "13:30", "16:00")));
            em.persist(session);
            new JpaCentreClosures(em).add(new CentreClosure(lab.centre(),
                    new DateRange(LocalDate.parse("2027-09-27"), LocalDate.parse("2027-09-27")),
                    ClosureKind.REGIONAL_DAY, "Fête de la Fédération Wallonie-Bruxelles"));
            em.flush();
            return session.id();
        });
    }

    @Test
    void meetingsGeneratedFromThePatternAreStoredAndReadBackInOrder() {
        database.transact(em -> {
            CourseSession session = em.find(CourseSession.class, sessionId);
            List<CentreClosure> closures = new JpaCentreClosures(em).ofCentreDuring("DIGITALCITY", session.period());
            MeetingSchedule schedule = MeetingSchedule.generate(session.period(), session.weeklyPattern(),
                    new ClosingCalendar(session.period(), closures));
            new JpaMeetings(em).addAll(schedule.meetings().stream().map(time -> new Meeting(session, time)).toList());
        });

        List<MeetingTime> stored = database.inTransaction(em ->
                new JpaMeetings(em).ofSession(sessionId).stream().map(Meeting::time).toList());
        assertEquals(List.of("2027-09-20", "2027-09-23", "2027-09-30", "2027-10-04", "2027-10-07"),
                stored.stream().map(time -> time.date().toString()).toList(), "27 September is a closure");
        assertEquals(LocalTime.of(13, 30), stored.get(1).start());
        assertEquals(List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:30"),
                        WeeklySlot.of(DayOfWeek.THURSDAY, "13:30", "16:00")),
                database.inTransaction(em -> em.find(CourseSession.class, sessionId).weeklyPattern()));
    }

    @Test
    void aCancelledMeetingStaysWithItsReason() {
        long meetingId = database.inTransaction(em -> {
            Meeting meeting = new Meeting(em.find(CourseSession.class, sessionId),
                    new MeetingTime(LocalDate.parse("2027-09-20"), LocalTime.of(9, 0), LocalTime.of(12, 30)));
            new JpaMeetings(em).addAll(List.of(meeting));
            meeting.cancel("Formateur malade");
            return meeting.id();
        });
        database.transact(em -> {
            Meeting read = em.find(Meeting.class, meetingId);
            assertEquals(MeetingStatus.CANCELLED, read.status());
            assertEquals("Formateur malade", read.cancellationReason());
            assertEquals("meeting.cancelled", assertThrows(BusinessRuleException.class, () -> read.moveTo(
                    new MeetingTime(LocalDate.parse("2027-09-21"), LocalTime.of(9, 0), LocalTime.of(12, 0))))
                    .messageKey());
        });
    }

    @Test
    void aMeetingStaysInsideItsSessionsPeriodAndAPatternDoesNotOverlapItself() {
        database.transact(em -> {
            CourseSession session = em.find(CourseSession.class, sessionId);
            BusinessRuleException outside = assertThrows(BusinessRuleException.class, () -> new Meeting(session,
                    new MeetingTime(LocalDate.parse("2027-10-11"), LocalTime.of(9, 0), LocalTime.of(12, 0))));
            assertEquals("meeting.outsideSession", outside.messageKey());
            BusinessRuleException overlapping = assertThrows(BusinessRuleException.class,
                    () -> session.changeWeeklyPattern(List.of(
                            WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:30"),
                            WeeklySlot.of(DayOfWeek.MONDAY, "13:30", "16:00"),
                            WeeklySlot.of(DayOfWeek.MONDAY, "12:00", "13:00"))));
            assertEquals("session.pattern.overlapping", overlapping.messageKey());
            assertEquals(List.of(DayOfWeek.MONDAY, "09:00", "12:30", DayOfWeek.MONDAY, "12:00", "13:00"),
                    List.of(overlapping.arguments()));
            assertEquals(2, session.weeklyPattern().size(), "a refused pattern leaves the old one");
        });
    }

    @Test
    void theSchemaRefusesTheSameMeetingTwice() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> {
            database.execute("insert into meeting (session_id, meeting_date, start_time, end_time, status) values ("
                    + sessionId + ", date '2027-09-20', time '09:00', time '12:30', 'SCHEDULED')");
            database.execute("insert into meeting (session_id, meeting_date, start_time, end_time, status) values ("
                    + sessionId + ", date '2027-09-20', time '09:00', time '11:00', 'SCHEDULED')");
        });
        assertTrue(refused.getCause().getMessage().contains("meeting_scheduled_once"),
                refused.getCause().getMessage());
    }

    @Test
    void aCancelledMeetingLeavesItsTimeToAMakeUpMeeting() {
        database.execute("insert into meeting (session_id, meeting_date, start_time, end_time, status) values ("
                + sessionId + ", date '2027-09-27', time '09:00', time '12:30', 'CANCELLED')");
        database.execute("insert into meeting (session_id, meeting_date, start_time, end_time, status) values ("
                + sessionId + ", date '2027-09-27', time '09:00', time '12:30', 'SCHEDULED')");
        assertEquals(2L, database.count("meeting"));
    }
}
