package be.pfe.operations.reporting.occupancy;

import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.attendance.JpaAttendanceSheets;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The monthly occupancy on a session that starts mid-January and ends mid-March 2044, with meetings of different
 * lengths in one month (1 h 50, whose hours are no round number), a learner who drops out mid-February, an absence
 * and a meeting cancelled after it was marked: what each month and the year count, by the rules of {@link Occupancy}.
 */
class OccupancyMonthsTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();
    private static final Step APPLIED = new Step("desk", OffsetDateTime.of(2043, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC), null);
    private static final Year YEAR = Year.of(2044);

    @BeforeAll
    static void aSessionOverThreeMonths() {
        DATABASE.deleteOperationalData();
        DATABASE.transact(em -> {
            Course course = Fixtures.course(em, "OCC-MON");
            CourseSession session = new CourseSession(course, Fixtures.centre(em, "TECHNICITY"), null,
                    new DateRange(LocalDate.of(2044, 1, 20), LocalDate.of(2044, 3, 10)), 10, Language.FR);
            em.persist(session);
            em.flush();
            Enrolment stays = seated(em, learner(em, "Stays", LocalDate.of(1990, 1, 1)), session);
            Enrolment leaves = seated(em, learner(em, "Leaves", LocalDate.of(1991, 2, 2)), session);
            Enrolment absent = seated(em, learner(em, "Absent", LocalDate.of(1992, 3, 3)), session);
            leaves.dropOut(LocalDate.of(2044, 2, 15), new Step("desk", APPLIED.at().plusMonths(2), "found a job"));
            em.flush();

            Meeting january = meeting(em, session, "2044-01-25", 9, 0, 12, 0);
            Meeting short1 = meeting(em, session, "2044-02-03", 9, 0, 10, 50);
            Meeting short2 = meeting(em, session, "2044-02-10", 9, 0, 10, 50);
            Meeting afternoon = meeting(em, session, "2044-02-17", 13, 0, 16, 30);
            Meeting march = meeting(em, session, "2044-03-02", 9, 0, 12, 0);
            Meeting cancelled = meeting(em, session, "2044-03-09", 9, 0, 12, 0);
            em.flush();
            JpaAttendanceSheets sheets = new JpaAttendanceSheets(em);
            OffsetDateTime at = APPLIED.at();
            sheets.record(january.id(), Map.of(stays.id(), AttendanceMark.PRESENT, leaves.id(), AttendanceMark.PRESENT,
                    absent.id(), AttendanceMark.ABSENT), "trainer", at);
            sheets.record(short1.id(), Map.of(stays.id(), AttendanceMark.PRESENT, leaves.id(), AttendanceMark.PRESENT,
                    absent.id(), AttendanceMark.EXCUSED), "trainer", at);
            sheets.record(short2.id(), Map.of(stays.id(), AttendanceMark.PRESENT, leaves.id(), AttendanceMark.LATE),
                    "trainer", at);
            sheets.record(afternoon.id(), Map.of(stays.id(), AttendanceMark.PRESENT, absent.id(), AttendanceMark.ABSENT),
                    "trainer", at);
            sheets.record(march.id(), Map.of(stays.id(), AttendanceMark.PRESENT), "trainer", at);
            sheets.record(cancelled.id(), Map.of(stays.id(), AttendanceMark.PRESENT), "trainer", at);
            cancelled.cancel("room flooded");
        });
    }

    private static Learner learner(EntityManager em, String name, LocalDate birth) {
        return OccupancyFixtures.learner(em, name, "Months", birth, LocalDate.of(2044, 1, 1));
    }

    private static Enrolment seated(EntityManager em, Learner learner, CourseSession session) {
        return OccupancyFixtures.seated(em, learner, session, APPLIED);
    }

    private static Meeting meeting(EntityManager em, CourseSession session, String day, int fromHour, int fromMinute,
                                   int toHour, int toMinute) {
        return OccupancyFixtures.meeting(em, session, day, fromHour, fromMinute, toHour, toMinute);
    }

    private static OccupancyReport byMonth() {
        return DATABASE.inTransaction(em -> new Occupancy(em).report(OccupancyQuery.of(YEAR, OccupancyDimension.MONTH)));
    }

    @Test
    void eachMonthCountsTheSeatsHeldInItAndTheHoursOfItsMeetings() {
        Map<String, OccupancyFigure> months = byMonth().figures().stream()
                .collect(Collectors.toMap(OccupancyFigure::key, figure -> figure));
        assertEquals(List.of("2044-01", "2044-02", "2044-03"), months.keySet().stream().sorted().toList());
        assertEquals(new OccupancyFigure("2044-01", "2044-01", 3, 10L, 6.0, 30.0), months.get("2044-01"),
                "from its first day on 20 January; the absent learner holds a seat but attended nothing");
        // February: 2 x 1 h 50 + 3 h 30 = 7 h 10 per seat; attended 7 h 10 (stays) + 2 x 1 h 50 (leaves: present, late)
        assertEquals(new OccupancyFigure("2044-02", "2044-02", 3, 10L, 10.83, 71.67), months.get("2044-02"),
                "the learner who left on 15 February still held a seat in February");
        assertEquals(new OccupancyFigure("2044-03", "2044-03", 2, 10L, 3.0, 30.0), months.get("2044-03"),
                "left in February: no seat in March; the meeting cancelled after it was marked counts for nothing");
    }

    @Test
    void theYearCountsEachSeatOnceAndAllTheHours() {
        // 3 h + 7 h 10 + 3 h = 13 h 10 per seat; attended 3 h x 2 + 7 h 10 + 3 h 40 + 3 h = 19 h 50
        assertEquals(new OccupancyFigure("TOTAL", "", 3, 10L, 19.83, 131.67), byMonth().total());
        OccupancyReport byCentre = DATABASE.inTransaction(em -> new Occupancy(em).report(
                OccupancyQuery.of(YEAR, OccupancyDimension.CENTRE)));
        assertEquals(byCentre.total(), byMonth().total(), "the total does not depend on how the figures are split");
    }
}
