package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk changes staff make in the calendar: a whole session moved by some days, a meeting cancelled, a
 * make-up meeting added; each checked like a move, each refused change leaving everything as it was.
 */
class MeetingChangesTest {

    /** Mondays 14, 21 and 28 March 2039; Easter Monday is 11 April 2039. */
    private static final DateRange MARCH = new DateRange(LocalDate.parse("2039-03-14"), LocalDate.parse("2039-04-01"));

    private final TestDatabase database = TestDatabase.shared();
    private long mondays;
    private long tuesdays;

    /**
     * Two sessions share Digitalcity's classroom D-201 over the same weeks: one on Monday mornings, taught by
     * Amina (available Monday to Thursday), the other on Tuesday mornings.
     */
    @BeforeEach
    void twoSessionsSharingARoom() {
        database.deleteOperationalData();
        database.transact(em -> {
            Room classroom = Fixtures.room(em, "DIGITALCITY", "D-201", 18);
            Course office = Fixtures.course(em, "DIG-OFF-01");
            Course web = Fixtures.course(em, "DIG-DEV-01");
            Trainer amina = new Trainer("AMINA", "Amina B.", Fixtures.partner(em, "CEFORA"));
            amina.qualifyFor(office);
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
                amina.availableOn(WeeklySlot.of(day, "08:00", "17:00"));
            }
            em.persist(amina);
            CourseSession first = new CourseSession(office, classroom.centre(), classroom, MARCH, 12, Language.FR);
            first.assignTrainers(List.of(amina));
            CourseSession second = new CourseSession(web, classroom.centre(), classroom, MARCH, 12, Language.FR);
            em.persist(first);
            em.persist(second);
            em.flush();
            mondays = first.id();
            tuesdays = second.id();
        });
        withService(service -> service.setWeeklyPattern(mondays,
                List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:30")), null));
        withService(service -> service.setWeeklyPattern(tuesdays,
                List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "12:30")), null));
    }

    private <T> T withService(Function<SessionTimetabling, T> work) {
        return database.inTransaction(em -> work.apply(SessionTimetablingTest.service(em)));
    }

    private List<Meeting> meetingsOf(long session) {
        return database.inTransaction(em -> new JpaMeetings(em).ofSession(session));
    }

    private List<LocalDate> datesOf(long session) {
        return meetingsOf(session).stream().map(meeting -> meeting.time().date()).toList();
    }

    private DateRange periodOf(long session) {
        return database.inTransaction(em -> em.find(CourseSession.class, session).period());
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static MeetingTime at(String date, String start, String end) {
        return new MeetingTime(day(date), LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void theyShareTheRoomOnDifferentDays() {
        assertEquals(List.of(day("2039-03-14"), day("2039-03-21"), day("2039-03-28")), datesOf(mondays));
        assertEquals(List.of(day("2039-03-15"), day("2039-03-22"), day("2039-03-29")), datesOf(tuesdays));
    }

    @Test
    void shiftingASessionMovesItsPeriodAndEveryMeetingStillToTakePlace() {
        withService(service -> service.cancelMeeting(meetingsOf(mondays).get(0).id(), "Formatrice malade"));

        // a week later: each meeting takes the day of the next one, which moves too
        List<MeetingTime> shifted = withService(service -> service.shiftMeetings(mondays, 7, null));

        assertEquals(List.of(at("2039-03-28", "09:00", "12:30"), at("2039-04-04", "09:00", "12:30")), shifted);
        assertEquals(new DateRange(day("2039-03-21"), day("2039-04-08")), periodOf(mondays));
        List<Meeting> stored = meetingsOf(mondays);
        assertEquals(List.of(day("2039-03-14"), day("2039-03-28"), day("2039-04-04")),
                stored.stream().map(m -> m.time().date()).toList());
        assertEquals(MeetingStatus.CANCELLED, stored.get(0).status(), "the cancelled meeting stays where it was");
    }

    @Test
    void aShiftOntoAClosedDayIsRefusedAndNothingMoves() {
        DateRange before = periodOf(mondays);

        SchedulingConflictException refused = assertThrows(SchedulingConflictException.class,
                () -> withService(service -> service.shiftMeetings(mondays, 14, null)));

        assertEquals(1, refused.blocking().size(), refused.blocking().toString());
        Conflict closed = refused.blocking().get(0);
        assertEquals(ConflictKind.CLOSED_DAY, closed.kind());
        assertEquals(day("2039-04-11"), closed.meeting().date(), "Easter Monday 2039");
        assertEquals(before, periodOf(mondays));
        assertEquals(List.of(day("2039-03-14"), day("2039-03-21"), day("2039-03-28")), datesOf(mondays));
    }

    @Test
    void aShiftIntoTheRoomsOtherSessionIsRefused() {
        SchedulingConflictException refused = assertThrows(SchedulingConflictException.class,
                () -> withService(service -> service.shiftMeetings(mondays, 1, null)));
        assertEquals(3, refused.blocking().size());
        assertTrue(refused.blocking().stream().allMatch(c -> c.kind() == ConflictKind.ROOM_DOUBLE_BOOKED
                && c.otherSessionId() == tuesdays), refused.blocking().toString());
        assertEquals(List.of(day("2039-03-14"), day("2039-03-21"), day("2039-03-28")), datesOf(mondays));
    }

    @Test
    void aShiftNeedsSomeDaysButNotMoreThanAYear() {
        for (int days : new int[] {0, 367, -400}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> withService(service -> service.shiftMeetings(mondays, days, null)));
            assertEquals("meeting.shift.daysInvalid", refused.messageKey());
        }
        assertEquals(MARCH, periodOf(mondays));
    }

    @Test
    void aCancelledMeetingStaysWithItsReasonAndFreesTheRoom() {
        Meeting first = meetingsOf(tuesdays).get(0);

        withService(service -> service.cancelMeeting(first.id(), "  Grève des transports  "));

        Meeting cancelled = meetingsOf(tuesdays).get(0);
        assertEquals(first.id(), cancelled.id());
        assertEquals(MeetingStatus.CANCELLED, cancelled.status());
        assertEquals("Grève des transports", cancelled.cancellationReason());
        assertEquals(first.version() + 1, cancelled.version(), "subscribed calendars see a new revision");
        // the room is free that morning now: the Monday session may make up a meeting there
        withService(service -> service.addMeeting(mondays, at("2039-03-15", "09:00", "12:30"), null));
        assertEquals(4, meetingsOf(mondays).size());
    }

    @Test
    void aMeetingIsCancelledOnlyOnceAndWithAReason() {
        long id = meetingsOf(tuesdays).get(0).id();
        assertEquals("meeting.cancellation.reasonInvalid", assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.cancelMeeting(id, " "))).messageKey());
        assertEquals(MeetingStatus.SCHEDULED, meetingsOf(tuesdays).get(0).status());

        withService(service -> service.cancelMeeting(id, "Salle inondée"));
        BusinessRuleException again = assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.cancelMeeting(id, "Deux fois")));
        assertEquals("meeting.alreadyCancelled", again.messageKey());
        assertEquals("Salle inondée", meetingsOf(tuesdays).get(0).cancellationReason());
        assertEquals("meeting.unknown", assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.cancelMeeting(987_654L, "Personne"))).messageKey());
    }

    @Test
    void aMakeUpMeetingIsAddedOnAFreeDayOrRefusedWithNothingAdded() {
        Meeting makeUp = withService(service -> service.addMeeting(mondays, at("2039-03-16", "13:30", "16:00"), null));
        assertEquals(MeetingStatus.SCHEDULED, makeUp.status());
        assertEquals(List.of(day("2039-03-14"), day("2039-03-16"), day("2039-03-21"), day("2039-03-28")),
                datesOf(mondays));

        SchedulingConflictException clash = assertThrows(SchedulingConflictException.class,
                () -> withService(service -> service.addMeeting(mondays, at("2039-03-22", "11:00", "13:00"), null)));
        assertEquals(List.of(ConflictKind.ROOM_DOUBLE_BOOKED), clash.blocking().stream().map(Conflict::kind).toList());
        assertEquals(tuesdays, clash.blocking().get(0).otherSessionId());

        assertEquals("meeting.overlapsOwn", assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.addMeeting(mondays, at("2039-03-21", "12:00", "14:00"), null)))
                .messageKey());
        assertEquals("meeting.outsideSession", assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.addMeeting(mondays, at("2039-04-04", "09:00", "12:30"), null)))
                .messageKey());
        assertEquals(4, meetingsOf(mondays).size(), "refused make-ups add nothing");
    }

    @Test
    void aMakeUpMeetingWithAWarningIsAddedOnceAcceptedAndTheReasonIsKept() {
        MeetingTime friday = at("2039-03-18", "09:00", "12:30");   // Amina does not teach on Fridays
        SchedulingConflictException warned = assertThrows(SchedulingConflictException.class,
                () -> withService(service -> service.addMeeting(mondays, friday, null)));
        assertEquals(List.of(ConflictKind.TRAINER_UNAVAILABLE), warned.warnings().stream().map(Conflict::kind).toList());
        assertEquals(3, meetingsOf(mondays).size());

        withService(service -> service.addMeeting(mondays, friday,
                new ConflictGate.Acceptance("planning@digitalcity", "Amina a accepté ce vendredi")));
        assertTrue(meetingsOf(mondays).stream().anyMatch(m -> m.time().equals(friday)));
        assertEquals(1L, database.count("accepted_conflict where kind = 'TRAINER_UNAVAILABLE'"
                + " and meeting_date = '2039-03-18'"));
    }

    @Test
    void aMakeUpMayTakeTheTimeOfTheMeetingItReplaces() {
        Meeting first = meetingsOf(mondays).get(0);
        withService(service -> service.cancelMeeting(first.id(), "Formatrice malade"));
        withService(service -> service.addMeeting(mondays, first.time(), null));
        List<Meeting> stored = meetingsOf(mondays);
        assertEquals(4, stored.size());
        assertEquals(List.of(MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED),
                stored.stream().filter(m -> m.time().equals(first.time())).map(Meeting::status).sorted().toList());
    }

    @Test
    void aNewWeeklyPatternDoesNotBringBackACancelledMeeting() {
        withService(service -> service.cancelMeeting(meetingsOf(mondays).get(1).id(), "Formatrice malade"));

        List<MeetingTime> planned = withService(service -> service.setWeeklyPattern(mondays,
                List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:30"), WeeklySlot.of(DayOfWeek.MONDAY, "13:30", "16:00")),
                null));

        assertEquals(5, planned.size(), "three Monday afternoons, two Monday mornings: 21 March stays cancelled");
        assertEquals(List.of(MeetingStatus.CANCELLED), meetingsOf(mondays).stream()
                .filter(m -> m.time().equals(at("2039-03-21", "09:00", "12:30"))).map(Meeting::status).toList());
    }

    @Test
    void aCancelledSessionGetsNoMakeUpNorShift() {
        database.transact(em -> em.find(CourseSession.class, mondays).moveTo(SessionStatus.CANCELLED));
        assertEquals("meeting.sessionCancelled", assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.addMeeting(mondays, at("2039-03-16", "09:00", "12:30"), null)))
                .messageKey());
        assertEquals("meeting.sessionCancelled", assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.shiftMeetings(mondays, 2, null))).messageKey());
    }
}
