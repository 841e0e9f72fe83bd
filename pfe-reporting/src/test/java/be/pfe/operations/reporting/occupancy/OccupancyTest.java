package be.pfe.operations.reporting.occupancy;

import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.attendance.JpaAttendanceSheets;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Occupancy figures on hand-built data at the edges (2042-2043): a session across 1 January, a cancelled session, a
 * cancelled meeting, excused and absent learners, a drop-out before and one after the year's start, a waitlisted
 * learner, a learner in two sessions (two spots), a partner quota and the pool.
 */
class OccupancyTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();
    private static final LocalDate TODAY = LocalDate.of(2043, 1, 1);
    private static final Step APPLIED = new Step("desk", OffsetDateTime.of(2042, 9, 1, 10, 0, 0, 0, ZoneOffset.UTC), null);
    private static final Year YEAR = Year.of(2043);
    private static String youngNiss;

    @BeforeAll
    static void sessionsAroundNewYear2043() {
        DATABASE.deleteOperationalData();
        DATABASE.transact(em -> {
            Course network = Fixtures.course(em, "OCC-NET");
            Course welding = Fixtures.course(em, "OCC-WELD");
            long actiris = Fixtures.partner(em, "ACTIRIS").id();
            CourseSession acrossNewYear = session(em, network, "DIGITALCITY", "2042-10-05", "2043-02-26", 10);
            CourseSession cancelled = session(em, network, "DIGITALCITY", "2043-03-01", "2043-05-31", 20);
            CourseSession spring = session(em, welding, "TECHNICITY", "2043-03-02", "2043-06-30", 8);
            em.flush();
            em.createNativeQuery("insert into session_seat_plan (session_id) values (?)")
                    .setParameter(1, acrossNewYear.id()).executeUpdate();
            em.createNativeQuery("insert into session_seat_quota (session_id, partner_id, seats) values (?, ?, 4)")
                    .setParameter(1, acrossNewYear.id()).setParameter(2, actiris).executeUpdate();

            youngNiss = niss(LocalDate.of(2015, 5, 1), 17);
            Learner young = learner(em, "Young", LocalDate.of(2015, 5, 1), EntryStatus.JOBSEEKER_ACTIRIS,
                    EducationLevel.LOWER_SECONDARY, youngNiss);
            Learner worker = learner(em, "Worker", LocalDate.of(1980, 2, 2), EntryStatus.WORKER, EducationLevel.HIGHER, null);
            Learner leftEarly = learner(em, "Early", LocalDate.of(1985, 3, 3), EntryStatus.WORKER, EducationLevel.HIGHER, null);
            Learner waiting = learner(em, "Waiting", LocalDate.of(1986, 4, 4), EntryStatus.WORKER, EducationLevel.HIGHER, null);
            Learner atRisk = learner(em, "AtRisk", LocalDate.of(1979, 6, 6), EntryStatus.WORKER_AT_RISK,
                    EducationLevel.UPPER_SECONDARY, null);
            Learner inCancelled = learner(em, "Cancelled", LocalDate.of(1990, 7, 7), EntryStatus.STUDENT,
                    EducationLevel.HIGHER, null);

            Enrolment youngWinter = seated(em, young, acrossNewYear, actiris, Seat.ofQuota(actiris));
            Enrolment workerWinter = seated(em, worker, acrossNewYear, null, Seat.POOL);
            Enrolment early = seated(em, leftEarly, acrossNewYear, null, Seat.POOL);
            early.dropOut(LocalDate.of(2042, 12, 20), new Step("desk", APPLIED.at().plusMonths(3), "moved away"));
            Enrolment waitlisted = new Enrolment(waiting, acrossNewYear.id(), null, APPLIED);
            em.persist(waitlisted);
            waitlisted.screen(APPLIED);
            waitlisted.waitlist(99, APPLIED, null);
            seated(em, inCancelled, cancelled, null, Seat.POOL);
            Enrolment youngSpring = seated(em, young, spring, null, Seat.POOL);
            Enrolment riskSpring = seated(em, atRisk, spring, null, Seat.POOL);
            riskSpring.dropOut(LocalDate.of(2043, 4, 15), new Step("desk", APPLIED.at().plusMonths(7), "found a job"));
            em.flush();

            Meeting december = meeting(em, acrossNewYear, "2042-12-14", 9, 12.5);
            Meeting january = meeting(em, acrossNewYear, "2043-01-11", 9, 12.5);
            Meeting february = meeting(em, acrossNewYear, "2043-02-08", 9, 12.5);
            Meeting cancelledMeeting = meeting(em, cancelled, "2043-03-06", 9, 12);
            Meeting march = meeting(em, spring, "2043-03-02", 13, 16);
            Meeting may = meeting(em, spring, "2043-05-04", 13, 16);
            em.flush();
            JpaAttendanceSheets sheets = new JpaAttendanceSheets(em);
            OffsetDateTime at = APPLIED.at();
            sheets.record(december.id(), Map.of(youngWinter.id(), AttendanceMark.PRESENT,
                    workerWinter.id(), AttendanceMark.LATE, early.id(), AttendanceMark.PRESENT), "trainer", at);
            sheets.record(january.id(), Map.of(youngWinter.id(), AttendanceMark.PRESENT,
                    workerWinter.id(), AttendanceMark.EXCUSED), "trainer", at);
            sheets.record(february.id(), Map.of(youngWinter.id(), AttendanceMark.PRESENT), "trainer", at);
            sheets.record(march.id(), Map.of(youngSpring.id(), AttendanceMark.PRESENT,
                    riskSpring.id(), AttendanceMark.ABSENT), "trainer", at);
            sheets.record(may.id(), Map.of(youngSpring.id(), AttendanceMark.PRESENT), "trainer", at);
            sheets.record(cancelledMeeting.id(), Map.of(), "trainer", at);
            february.cancel("trainer ill"); // marked, then cancelled: neither offered nor attended
            cancelled.moveTo(SessionStatus.CANCELLED);
        });
    }

    static String niss(LocalDate birth, int serial) {
        String nine = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                serial);
        long base = Long.parseLong(nine) + (birth.getYear() >= 2000 ? 2_000_000_000L : 0);
        return nine + "%02d".formatted(97 - base % 97);
    }

    private static CourseSession session(EntityManager em, Course course, String centre, String start, String end,
                                         int seats) {
        CourseSession session = new CourseSession(course, Fixtures.centre(em, centre), null,
                new DateRange(LocalDate.parse(start), LocalDate.parse(end)), seats, Language.FR);
        em.persist(session);
        return session;
    }

    private static Learner learner(EntityManager em, String name, LocalDate birth, EntryStatus status,
                                   EducationLevel education, String niss) {
        Learner learner = new Learner(new LearnerDetails(name, "Test", birth, null, null, Language.FR, status, education,
                niss), TODAY);
        em.persist(learner);
        em.flush();
        return learner;
    }

    private static Enrolment seated(EntityManager em, Learner learner, CourseSession session, Long partner, Seat seat) {
        return Fixtures.seated(em, learner, session, partner, seat, APPLIED);
    }

    private static Meeting meeting(EntityManager em, CourseSession session, String day, int from, double to) {
        Meeting meeting = new Meeting(session, new MeetingTime(LocalDate.parse(day), LocalTime.of(from, 0),
                LocalTime.of((int) to, (int) Math.round((to % 1) * 60))));
        em.persist(meeting);
        return meeting;
    }

    private OccupancyReport report(OccupancyQuery query) {
        return DATABASE.inTransaction(em -> new Occupancy(em).report(query));
    }

    private static Map<String, OccupancyFigure> byKey(OccupancyReport report) {
        return report.figures().stream().collect(Collectors.toMap(OccupancyFigure::key, figure -> figure));
    }

    @Test
    void countsSeatsAndSeatHoursPerCentreInTheYearLeavingCancelledSessionsAndMeetingsOut() {
        OccupancyReport report = report(OccupancyQuery.of(YEAR, OccupancyDimension.CENTRE));
        Map<String, OccupancyFigure> centres = byKey(report);
        assertEquals(List.of("DIGITALCITY", "TECHNICITY"), List.copyOf(centres.keySet().stream().sorted().toList()));

        OccupancyFigure digital = centres.get("DIGITALCITY");
        assertEquals(new OccupancyFigure("DIGITALCITY", digital.label(), 2, 10L, 3.5, 35.0), digital,
                "across New Year: counts in 2043; the drop-out of December and the waitlisted learner occupy nothing;"
                        + " the excused learner attended nothing; the cancelled February meeting neither offers nor counts");
        assertEquals(0.2, digital.occupancyRate());
        assertEquals(0.1, digital.attendanceRate());
        assertEquals(new OccupancyFigure("TECHNICITY", centres.get("TECHNICITY").label(), 2, 8L, 6.0, 48.0),
                centres.get("TECHNICITY"), "the learner who dropped out in April held a seat in the year");
        assertEquals(new OccupancyFigure("TOTAL", "", 4, 18L, 9.5, 83.0), report.total(),
                "a learner in two sessions fills two spots; the cancelled session offers nothing");
    }

    @Test
    void theSessionAcrossNewYearCountsInTheYearBeforeToo() {
        OccupancyFigure digital = byKey(report(OccupancyQuery.of(Year.of(2042), OccupancyDimension.CENTRE)))
                .get("DIGITALCITY");
        assertEquals(3, digital.seatsOccupied(), "the December drop-out held a seat in 2042");
        assertEquals(10L, digital.seatsOffered());
        assertEquals(35.0, digital.seatHoursOffered());
        assertEquals(10.5, digital.seatHoursAttended(), "late counts as attended");
    }

    @Test
    void splitsSeatsBetweenThePartnersQuotaAndThePool() {
        Map<String, OccupancyFigure> partners = byKey(report(OccupancyQuery.of(YEAR, OccupancyDimension.QUOTA_PARTNER)));
        assertEquals(new OccupancyFigure("ACTIRIS", partners.get("ACTIRIS").label(), 1, 4L, 3.5, 14.0),
                partners.get("ACTIRIS"));
        assertEquals(new OccupancyFigure("POOL", "", 3, 14L, 6.0, 69.0), partners.get("POOL"));
        Map<String, OccupancyFigure> providers = byKey(report(OccupancyQuery.of(YEAR, OccupancyDimension.PROVIDING_PARTNER)));
        assertEquals(4, providers.get("BRUXELLES_FORMATION").seatsOccupied());
    }

    @Test
    void countsEachMonthWhatWasActiveOrTookPlaceInIt() {
        Map<String, OccupancyFigure> months = byKey(report(OccupancyQuery.of(YEAR, OccupancyDimension.MONTH)));
        assertEquals(List.of("2043-01", "2043-02", "2043-03", "2043-04", "2043-05", "2043-06"),
                months.keySet().stream().sorted().toList());
        assertEquals(new OccupancyFigure("2043-01", "2043-01", 2, 10L, 3.5, 35.0), months.get("2043-01"));
        assertEquals(new OccupancyFigure("2043-02", "2043-02", 2, 10L, 0.0, 0.0), months.get("2043-02"));
        assertEquals(2, months.get("2043-04").seatsOccupied(), "dropped out on 15 April: still counted in April");
        assertEquals(1, months.get("2043-05").seatsOccupied());
        assertEquals(new OccupancyFigure("2043-05", "2043-05", 1, 8L, 3.0, 24.0), months.get("2043-05"));

        OccupancyReport march = report(new OccupancyQuery(YEAR, 3, null, null, null, null, null, OccupancyDimension.SESSION));
        assertEquals(1, march.figures().size(), "one session active in March (the other is cancelled)");
        assertEquals("OCC-WELD · 2043-03-02", march.figures().get(0).label());
        assertEquals(new OccupancyFigure("TOTAL", "", 2, 8L, 3.0, 24.0), march.total());
    }

    @Test
    void countsTargetGroupsWithoutSeatsOfferedAndFiltersByThem() {
        Map<String, OccupancyFigure> groups = byKey(report(OccupancyQuery.of(YEAR, OccupancyDimension.TARGET_GROUP)));
        assertEquals(2, groups.get("YOUNG").seatsOccupied(), "one young learner, two spots");
        assertEquals(2, groups.get("LOW_SKILLED").seatsOccupied());
        assertEquals(1, groups.get("WORKER_AT_RISK").seatsOccupied());
        assertNull(groups.get("YOUNG").seatsOffered(), "seats are not offered per target group");
        assertNull(groups.get("YOUNG").occupancyRate());
        assertEquals(9.5, groups.get("JOBSEEKER").seatHoursAttended() + 0.0 + groups.get("WORKER_AT_RISK").seatHoursAttended());

        OccupancyReport young = report(new OccupancyQuery(YEAR, null, null, null, null, null, TargetGroup.YOUNG,
                OccupancyDimension.CENTRE));
        assertEquals(1, byKey(young).get("DIGITALCITY").seatsOccupied());
        assertEquals(1, byKey(young).get("TECHNICITY").seatsOccupied());
        assertNull(young.total().seatsOffered());
    }

    @Test
    void filtersByCentreCourseAndPartner() {
        OccupancyReport technicity = report(new OccupancyQuery(YEAR, null, "TECHNICITY", null, null, null, null,
                OccupancyDimension.COURSE));
        assertEquals(List.of("OCC-WELD"), technicity.figures().stream().map(OccupancyFigure::key).toList());
        OccupancyReport pool = report(new OccupancyQuery(YEAR, null, null, "OCC-NET", null, OccupancyQuery.POOL, null,
                OccupancyDimension.SESSION));
        assertEquals(new OccupancyFigure("TOTAL", "", 1, 6L, 0.0, 21.0), pool.total());
        assertEquals(0, report(new OccupancyQuery(YEAR, null, null, null, "VDAB_BRUSSEL", null, null,
                OccupancyDimension.CENTRE)).total().seatsOccupied());
    }

    @Test
    void listsTheEnrolmentsBehindAFigureWithTheNumberOnlyMasked() {
        List<OccupiedSeat> digital = DATABASE.inTransaction(em -> new Occupancy(em)
                .enrolmentsBehind(OccupancyQuery.of(YEAR, OccupancyDimension.CENTRE), "DIGITALCITY"));
        assertEquals(List.of("Worker", "Young"), digital.stream().map(OccupiedSeat::familyName).toList());
        OccupiedSeat young = digital.get(1);
        assertEquals(youngNiss.substring(0, 2) + "." + youngNiss.substring(2, 4) + "." + youngNiss.substring(4, 6)
                + "-***.**", young.maskedNiss());
        assertEquals("ACTIRIS", young.quotaPartner());
        assertEquals(3.5, young.hoursAttended());
        assertNull(digital.get(0).maskedNiss());

        List<OccupiedSeat> may = DATABASE.inTransaction(em -> new Occupancy(em)
                .enrolmentsBehind(OccupancyQuery.of(YEAR, OccupancyDimension.MONTH), "2043-05"));
        assertEquals(List.of("Young"), may.stream().map(OccupiedSeat::familyName).toList());
        List<OccupiedSeat> all = DATABASE.inTransaction(em -> new Occupancy(em)
                .enrolmentsBehind(OccupancyQuery.of(YEAR, OccupancyDimension.MONTH), null));
        assertEquals(4, all.size(), "the total's spots");
    }

    @Test
    void refusesAMonthThatIsNone() {
        assertEquals("occupancy.month.invalid", assertThrows(BusinessRuleException.class,
                () -> new OccupancyQuery(YEAR, 13, null, null, null, null, null, null)).messageKey());
    }
}
