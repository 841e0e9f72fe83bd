package be.pfe.operations.reporting.yearly;

import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.SessionChange;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.occupancy.Occupancy;
import be.pfe.operations.reporting.occupancy.OccupancyDimension;
import be.pfe.operations.reporting.occupancy.OccupancyFigure;
import be.pfe.operations.reporting.occupancy.OccupancyQuery;
import be.pfe.operations.reporting.occupancy.OccupancyReport;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The one rule for a session cancelled after its start (docs/counting-rules.md): the yearly report and the occupancy
 * dashboard agree on it. A session cancelled on 15 April 2053 after starting on 3 February counts until that day in
 * both (its learners fill spots and occupy seats, in February to April, not in May); one cancelled before its start
 * counts in neither; an ordinary session is there for comparison.
 */
class CancelledAfterStartTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();
    private static final Year YEAR = Year.of(2053);
    private static final Step APPLIED = new Step("desk", OffsetDateTime.of(2053, 1, 10, 10, 0, 0, 0, ZoneOffset.UTC), null);
    private static long cancelledAfter;
    private static long cancelledBefore;
    private static long held;

    @BeforeAll
    static void sessions() {
        DATABASE.deleteOperationalData();
        DATABASE.transact(em -> {
            Course course = Fixtures.course(em, "CXL-WELD");
            CourseSession after = session(em, course, "2053-02-03", "2053-06-27");
            CourseSession before = session(em, course, "2053-09-01", "2053-12-19");
            CourseSession ordinary = session(em, course, "2053-03-03", "2053-05-30");
            em.flush();
            Enrolment first = seat(em, "First", after);
            Enrolment second = seat(em, "Second", after);
            Enrolment early = seat(em, "Early", before);
            seat(em, "Third", ordinary);
            for (String day : new String[] {"2053-02-10", "2053-03-10", "2053-04-14", "2053-05-12"}) {
                meeting(em, after, day);
            }
            meeting(em, ordinary, "2053-03-10");
            em.flush();

            // cancelled on 15 April: what the lifecycle's use case does, on that day
            LocalDate aprilFifteenth = LocalDate.parse("2053-04-15");
            SessionChange change = new SessionChange("staff", aprilFifteenth.atTime(11, 0).atOffset(ZoneOffset.ofHours(2)),
                    "No trainer any more");
            after.followCalendar(change);
            after.cancel(change);
            Step step = new Step("staff", change.at(), change.reason());
            first.sessionCancelled(aprilFifteenth, step);
            second.sessionCancelled(aprilFifteenth, step);
            em.createNativeQuery("update meeting set status = 'CANCELLED', cancellation_reason = 'cancelled'"
                    + " where session_id = ? and meeting_date > ?").setParameter(1, after.id())
                    .setParameter(2, aprilFifteenth).executeUpdate();

            SessionChange inAugust = new SessionChange("staff", OffsetDateTime.parse("2053-08-01T10:00:00+02:00"),
                    "Too few learners");
            before.cancel(inAugust);
            early.sessionCancelled(LocalDate.parse("2053-08-01"), new Step("staff", inAugust.at(), inAugust.reason()));
            cancelledAfter = after.id();
            cancelledBefore = before.id();
            held = ordinary.id();
        });
    }

    private static CourseSession session(EntityManager em, Course course, String start, String end) {
        CourseSession session = new CourseSession(course, Fixtures.centre(em, "TECHNICITY"), null,
                new DateRange(LocalDate.parse(start), LocalDate.parse(end)), 10, Language.FR);
        em.persist(session);
        return session;
    }

    private static Enrolment seat(EntityManager em, String name, CourseSession session) {
        Learner learner = new Learner(new LearnerDetails(name, "Cancelled", LocalDate.of(1988, 1, 1), null, null,
                Language.FR, EntryStatus.JOBSEEKER_ACTIRIS, EducationLevel.HIGHER, null), LocalDate.of(2053, 1, 5));
        em.persist(learner);
        em.flush();
        return Fixtures.seated(em, learner, session, null, Seat.POOL, APPLIED);
    }

    private static void meeting(EntityManager em, CourseSession session, String day) {
        em.persist(new Meeting(session, new MeetingTime(LocalDate.parse(day), LocalTime.of(9, 0), LocalTime.of(12, 0))));
    }

    private static OccupancyReport occupancy(Integer month, OccupancyDimension by) {
        return DATABASE.inTransaction(em -> new Occupancy(em).report(new OccupancyQuery(YEAR, month, "TECHNICITY",
                null, null, null, null, by)));
    }

    /** Per session, the spots of the yearly report's first line (its records name their session by the course). */
    private static Map<Long, Long> yearlySpotsBySession(Integer month) {
        return DATABASE.inTransaction(em -> {
            var records = new YearlyFigures(em).recordsBehind(YearlyQuery.of(YEAR, "TECHNICITY"),
                    YearlyLine.TRAINING_SPOTS, null, null, false, Language.FR);
            Map<Long, Long> bySession = new TreeMap<>();
            for (var record : records) {
                long session = ((Number) em.createNativeQuery("select session_id from enrolment where id = ?")
                        .setParameter(1, record.id()).getSingleResult()).longValue();
                if (month == null || record.begins().getMonthValue() <= month && record.ends().getMonthValue() >= month) {
                    bySession.merge(session, 1L, Long::sum);
                }
            }
            return bySession;
        });
    }

    private static Map<Long, Long> occupiedBySession(Integer month) {
        return occupancy(month, OccupancyDimension.SESSION).figures().stream()
                .filter(figure -> figure.seatsOccupied() > 0)
                .collect(Collectors.toMap(figure -> Long.parseLong(figure.key()), OccupancyFigure::seatsOccupied,
                        Long::sum, TreeMap::new));
    }

    @Test
    void theYearlyReportAndTheOccupancyDashboardCountTheSameSessionsAndLearners() {
        Map<Long, Long> expected = new TreeMap<>(Map.of(cancelledAfter, 2L, held, 1L));
        assertEquals(expected, yearlySpotsBySession(null), "the year's spots");
        assertEquals(expected, occupiedBySession(null), "the year's occupied seats");
        assertEquals(3, DATABASE.inTransaction(em -> new YearlyFigures(em).report(YearlyQuery.of(YEAR, "TECHNICITY"),
                Language.FR)).spots(YearlyLine.TRAINING_SPOTS));
    }

    @Test
    void theSessionCancelledAfterItsStartOffersItsSeatsUntilItsCancellationAndTheOtherNone() {
        Set<Long> offering = occupancy(null, OccupancyDimension.SESSION).figures().stream()
                .filter(figure -> figure.seatsOffered() != null && figure.seatsOffered() > 0)
                .map(figure -> Long.parseLong(figure.key())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(cancelledAfter, held)), offering);
        for (int month = 2; month <= 5; month++) {
            Map<Long, Long> occupied = occupiedBySession(month);
            Map<Long, Long> spots = yearlySpotsBySession(month);
            assertEquals(spots.get(cancelledAfter), occupied.get(cancelledAfter), "month " + month + " agrees");
            if (month <= 4) {
                assertEquals(2L, occupied.get(cancelledAfter), "held in month " + month);
            } else {
                assertNull(occupied.get(cancelledAfter), "cancelled on 15 April: not in May");
            }
        }
        OccupancyFigure april = occupancy(4, OccupancyDimension.SESSION).figures().stream()
                .filter(figure -> figure.key().equals(Long.toString(cancelledAfter))).findFirst().orElseThrow();
        assertEquals(30.0, april.seatHoursOffered(), 0.001, "the meeting of 14 April, 10 seats × 3 hours");
        assertEquals(null, occupiedBySession(9).get(cancelledBefore), "cancelled before its start: never");
    }
}
