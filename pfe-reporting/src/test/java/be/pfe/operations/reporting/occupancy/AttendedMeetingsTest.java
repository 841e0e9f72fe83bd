package be.pfe.operations.reporting.occupancy;

import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.attendance.JpaAttendanceSheets;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static be.pfe.operations.reporting.occupancy.OccupancyFixtures.learner;
import static be.pfe.operations.reporting.occupancy.OccupancyFixtures.meeting;
import static be.pfe.operations.reporting.occupancy.OccupancyFixtures.seated;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The summary of attended meetings (V19: per session, month, meeting length and enrolment) that the occupancy figures
 * read instead of the marks: after each change to a mark or to a meeting, in the same transaction, it holds exactly
 * what the marks and meetings give, and the year's seat-hours attended follow.
 */
class AttendedMeetingsTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();
    private static final Step APPLIED = new Step("desk", OffsetDateTime.of(2045, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC), null);
    private static final Year YEAR = Year.of(2046);
    private static final OffsetDateTime AT = APPLIED.at();
    private static final LocalDate REGISTERED = LocalDate.of(2046, 1, 1);

    /** The summary computed from the marks and meetings themselves, the way V19 fills it. */
    private static final String FROM_MARKS = """
            select m.session_id, cast(date_trunc('month', m.meeting_date) as date), m.end_time - m.start_time,
                   a.enrolment_id, count(*)
            from attendance a join meeting m on m.id = a.meeting_id
            where a.mark in ('PRESENT', 'LATE') and m.status = 'SCHEDULED'
            group by 1, 2, 3, 4""";
    private static final String SUMMARY = "select session_id, month, length, enrolment_id, meetings from attended_meetings";

    private long first;
    private long second;
    private long march;
    private long april;

    @BeforeEach
    void twoLearnersMarkedInMarchAndApril() {
        DATABASE.deleteOperationalData();
        DATABASE.transact(em -> {
            Course course = Fixtures.course(em, "OCC-SUM");
            CourseSession session = new CourseSession(course, Fixtures.centre(em, "TECHNICITY"), null,
                    new DateRange(LocalDate.of(2046, 3, 1), LocalDate.of(2046, 5, 31)), 10, Language.FR);
            em.persist(session);
            em.flush();
            Enrolment one = seated(em, learner(em, "One", "Summary", LocalDate.of(1990, 1, 1), REGISTERED), session, APPLIED);
            Enrolment two = seated(em, learner(em, "Two", "Summary", LocalDate.of(1991, 2, 2), REGISTERED), session, APPLIED);
            Meeting inMarch = meeting(em, session, "2046-03-10", 9, 0, 12, 0);
            Meeting inApril = meeting(em, session, "2046-04-14", 13, 0, 14, 30);
            em.flush();
            JpaAttendanceSheets sheets = new JpaAttendanceSheets(em);
            sheets.record(inMarch.id(), Map.of(one.id(), AttendanceMark.PRESENT, two.id(), AttendanceMark.LATE),
                    "trainer", AT);
            sheets.record(inApril.id(), Map.of(one.id(), AttendanceMark.PRESENT, two.id(), AttendanceMark.ABSENT),
                    "trainer", AT);
            first = one.id();
            second = two.id();
            march = inMarch.id();
            april = inApril.id();
        });
    }

    @Test
    void marksRecordedCountPerMonthLengthAndEnrolment() {
        assertEquals(List.of("2046-03-01 03:00:00 " + first + " 1", "2046-03-01 03:00:00 " + second + " 1",
                "2046-04-01 01:30:00 " + first + " 1"), summary());
        assertExact(7.5);
    }

    @Test
    void aMarkChangedCountsAsItsNewMark() {
        DATABASE.transact(em -> {
            JpaAttendanceSheets sheets = new JpaAttendanceSheets(em);
            sheets.record(march, Map.of(second, AttendanceMark.ABSENT), "trainer", AT);
            sheets.record(april, Map.of(second, AttendanceMark.LATE), "trainer", AT);
            sheets.record(april, Map.of(first, AttendanceMark.EXCUSED), "trainer", AT);
        });
        assertEquals(List.of("2046-03-01 03:00:00 " + first + " 1", "2046-04-01 01:30:00 " + second + " 1"), summary());
        assertExact(4.5);
    }

    @Test
    void aMeetingCancelledAfterMarkingNoLongerCounts() {
        DATABASE.transact(em -> em.find(Meeting.class, march).cancel("trainer ill"));
        assertEquals(List.of("2046-04-01 01:30:00 " + first + " 1"), summary());
        assertExact(1.5);
    }

    @Test
    void aMeetingMovedToAnotherMonthAndTimeAfterMarkingMovesItsMarks() {
        DATABASE.transact(em -> em.find(Meeting.class, march).moveTo(new MeetingTime(LocalDate.of(2046, 4, 21),
                LocalTime.of(13, 0), LocalTime.of(14, 30))));
        assertEquals(List.of("2046-04-01 01:30:00 " + first + " 2", "2046-04-01 01:30:00 " + second + " 1"), summary());
        assertExact(4.5);
        // within its month and at the same length, nothing moves
        DATABASE.transact(em -> em.find(Meeting.class, april).moveTo(new MeetingTime(LocalDate.of(2046, 4, 28),
                LocalTime.of(9, 0), LocalTime.of(10, 30))));
        assertEquals(List.of("2046-04-01 01:30:00 " + first + " 2", "2046-04-01 01:30:00 " + second + " 1"), summary());
        assertExact(4.5);
    }

    @Test
    void marksDeletedAndMeetingsDeletedLeaveTheSummary() {
        DATABASE.execute("delete from attendance where meeting_id = " + march + " and enrolment_id = " + second);
        assertEquals(List.of("2046-03-01 03:00:00 " + first + " 1", "2046-04-01 01:30:00 " + first + " 1"), summary());
        assertExact(4.5);
        DATABASE.execute("delete from meeting where id = " + april);
        assertEquals(List.of("2046-03-01 03:00:00 " + first + " 1"), summary());
        assertExact(3.0);
        DATABASE.execute("truncate attendance");
        assertEquals(List.of(), summary());
        assertExact(0.0);
    }

    /** The summary's rows: month, length, enrolment, meetings. */
    private static List<String> summary() {
        return DATABASE.inTransaction(em -> rows(em, "select cast(month as varchar), cast(length as varchar),"
                + " enrolment_id, meetings from attended_meetings").stream()
                .map(row -> row[0] + " " + row[1] + " " + row[2] + " " + row[3]).sorted().collect(Collectors.toList()));
    }

    /** The summary equals the marks and meetings counted afresh, and the year's seat-hours attended are as given. */
    private static void assertExact(double seatHoursAttended) {
        DATABASE.transact(em -> {
            assertEquals(List.of(), rows(em, SUMMARY + " except " + FROM_MARKS), "summary rows the marks do not give");
            assertEquals(List.of(), rows(em, FROM_MARKS + " except " + SUMMARY), "marks missing from the summary");
            assertEquals(seatHoursAttended, new Occupancy(em).report(OccupancyQuery.of(YEAR, OccupancyDimension.MONTH))
                    .total().seatHoursAttended());
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
        return (List<Object[]>) em.createNativeQuery(sql).getResultList();
    }
}
