package be.pfe.operations.scheduling.attendance;

import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.attendance.AttendanceRate;
import be.pfe.operations.domain.attendance.JpaAttendanceSheets;
import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.enrolment.JpaEnrolments;
import be.pfe.operations.domain.partner.JpaPartnerOrganisations;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.scheduling.seats.SeatBooking;
import be.pfe.operations.scheduling.seats.Seating;
import be.pfe.operations.scheduling.seats.SessionSeats;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static be.pfe.operations.domain.attendance.AttendanceMark.ABSENT;
import static be.pfe.operations.domain.attendance.AttendanceMark.EXCUSED;
import static be.pfe.operations.domain.attendance.AttendanceMark.LATE;
import static be.pfe.operations.domain.attendance.AttendanceMark.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Attendance of a group, meeting by meeting, against the real PostgreSQL. */
class AttendanceRecordingTest {

    private static final LocalDate START = LocalDate.of(2037, 3, 2);
    private static final Clock SECOND_WEEK = Seating.clockOn(START.plusDays(8));
    private final TestDatabase database = TestDatabase.shared();
    private final Seating seating = new Seating(database, Seating.clockOn(START.minusDays(10)));
    private long session;
    private long firstMeeting;
    private long secondMeeting;
    private long nextWeek;
    private List<Long> group;
    private long waiting;

    @BeforeEach
    void aSessionOfThreeWithThreeMeetings() {
        database.deleteOperationalData();
        session = seating.session("DIG-ATT-01", 3, START);
        group = List.of(seating.screened(session, null), seating.screened(session, null), seating.screened(session, null));
        waiting = seating.screened(session, null);
        for (long enrolment : group) {
            seating.admit(enrolment);
        }
        seating.admit(waiting);
        List<Long> meetings = database.inTransaction(em -> {
            CourseSession course = em.find(CourseSession.class, session);
            List<Meeting> created = List.of(meeting(course, START), meeting(course, START.plusDays(7)),
                    meeting(course, START.plusDays(14)));
            new JpaMeetings(em).addAll(created);
            em.flush();
            return created.stream().map(Meeting::id).toList();
        });
        firstMeeting = meetings.get(0);
        secondMeeting = meetings.get(1);
        nextWeek = meetings.get(2);
    }

    private static Meeting meeting(CourseSession session, LocalDate day) {
        return new Meeting(session, new MeetingTime(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
    }

    private AttendanceRecording recording(EntityManager em, Clock clock) {
        JpaEnrolments enrolments = new JpaEnrolments(em);
        return new AttendanceRecording(new JpaMeetings(em), enrolments, new JpaAttendanceSheets(em),
                new SessionSeats(em, enrolments, new JpaCourseSessions(em), new JpaPartnerOrganisations(em)), clock);
    }

    private void record(long meeting, Map<Long, AttendanceMark> marks) {
        database.transact(em -> recording(em, SECOND_WEEK).record(meeting, marks, "trainer.x"));
    }

    private BusinessRuleException refused(long meeting, Map<Long, AttendanceMark> marks) {
        long before = database.count("attendance");
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> record(meeting, marks));
        assertEquals(before, database.count("attendance"), "nothing may be written when refused");
        return refused;
    }

    @Test
    void marksAWholeGroupAtOnceAndCountsTheRates() {
        record(firstMeeting, Map.of(group.get(0), PRESENT, group.get(1), LATE, group.get(2), ABSENT));
        record(secondMeeting, Map.of(group.get(0), PRESENT, group.get(1), EXCUSED, group.get(2), PRESENT));

        SessionAttendance attendance = database.inTransaction(em -> recording(em, SECOND_WEEK).ofSession(session));
        assertEquals(3, attendance.learners().size(), "only learners with a seat");
        assertEquals(new AttendanceRate(2, 0, 0, 0), attendance.learners().get(0).attendance());
        assertEquals(1.0, attendance.learners().get(1).attendance().rate(), "late counts, excused is not expected");
        assertEquals(0.5, attendance.learners().get(2).attendance().rate());
        assertEquals(new AttendanceRate(3, 1, 1, 1), attendance.total());
        assertEquals(0.8, attendance.total().rate());
    }

    @Test
    void aMarkEnteredAgainReplacesTheEarlierOne() {
        record(firstMeeting, Map.of(group.get(0), ABSENT));
        record(firstMeeting, Map.of(group.get(0), EXCUSED));
        assertEquals(1, database.count("attendance"));
        assertEquals(Map.of(firstMeeting, Map.of(group.get(0), EXCUSED)),
                database.inTransaction(em -> recording(em, SECOND_WEEK).marks(session)));
        assertEquals(1, database.count("attendance where recorded_by = 'trainer.x'"));
    }

    @Test
    void refusesMeetingsNotHeldYetOrCancelledAndLearnersWithoutASeat() {
        assertEquals("attendance.meeting.future", refused(nextWeek, Map.of(group.get(0), PRESENT)).messageKey());
        database.transact(em -> em.find(Meeting.class, secondMeeting).cancel("trainer ill"));
        assertEquals("attendance.meeting.cancelled", refused(secondMeeting, Map.of(group.get(0), PRESENT)).messageKey());
        Map<Long, AttendanceMark> withWaiting = new HashMap<>(Map.of(group.get(0), PRESENT, waiting, PRESENT));
        assertEquals("attendance.enrolment.noSeat", refused(firstMeeting, withWaiting).messageKey());
        assertEquals("attendance.enrolment.notInSession", refused(firstMeeting, Map.of(987654L, PRESENT)).messageKey());
        assertEquals("attendance.marks.required", refused(firstMeeting, Map.of()).messageKey());
        assertEquals("meeting.unknown", refused(987654, Map.of(group.get(0), PRESENT)).messageKey());
        assertEquals("enrolment.actor.required", assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                recording(em, SECOND_WEEK).record(firstMeeting, Map.of(group.get(0), PRESENT), " "))).messageKey());
    }

    @Test
    void aLearnerWhoDroppedOutKeepsTheMarksOfTheDaysBefore() {
        database.transact(em -> new SeatBooking(new JpaEnrolments(em), new JpaPartnerOrganisations(em), SECOND_WEEK)
                .dropOut(group.get(2), START.plusDays(3), "staff", "found a job"));
        record(firstMeeting, Map.of(group.get(2), PRESENT));
        assertEquals("attendance.enrolment.noSeat", refused(secondMeeting, Map.of(group.get(2), PRESENT)).messageKey());
        SessionAttendance attendance = database.inTransaction(em -> recording(em, SECOND_WEEK).ofSession(session));
        assertEquals(1, attendance.learners().get(2).attendance().attended());
    }
}
