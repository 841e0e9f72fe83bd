package be.pfe.operations.reporting.occupancy;

import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.NameKey;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.schema.SchemaMigrations;
import be.pfe.operations.reporting.yearly.Actuals;
import be.pfe.operations.reporting.yearly.YearlyFigures;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demonstration data looks like a real year to the managers (db/demo V960): the sessions over or running are
 * 60 to 95 % full through every partner's quota and the pool, the open ones are filled by admissions (some full,
 * with a waitlist), attendance is marked up to yesterday, and the figures the pages show come out of it through
 * the same reports, whatever the day the demonstration is loaded.
 */
class DemoYearTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();
    /** The sessions of the year of activity: those in its rooms. */
    private static final String YEAR_SESSION = "s.room_id in (select id from room where code in ('T-B01', 'T-C12',"
            + " 'D-203', 'D-204', 'L-WH2', 'L-C02', 'C-A01', 'C-A02'))";
    private static final String HELD = "e.status in ('ADMITTED', 'ENROLLED', 'COMPLETED') or e.status = 'DROPPED_OUT'";

    @BeforeAll
    static void loadTheDemo() {
        DATABASE.deleteOperationalData();
        DATABASE.execute("drop table if exists flyway_demo_history");
        SchemaMigrations.loadDemoData(DATABASE.dataSource());
    }

    @AfterAll
    static void removeIt() {
        DATABASE.deleteOperationalData();
        DATABASE.execute("drop table if exists flyway_demo_history");
    }

    @Test
    void sessionsOverOrRunningAreSixtyToNinetyFivePercentFullAndTheOpenOnesFilling() {
        List<Object[]> sessions = DATABASE.inTransaction(em -> em.createNativeQuery(
                "select s.status, s.seat_capacity, (select count(*) from enrolment e where e.session_id = s.id and ("
                        + HELD + ")), (select count(*) from enrolment e where e.session_id = s.id"
                        + " and e.status = 'WAITLISTED') from course_session s where " + YEAR_SESSION).getResultList());
        assertEquals(48, sessions.size(), "six sessions in each of eight rooms");
        int full = 0;
        for (Object[] session : sessions) {
            double rate = ((Number) session[2]).doubleValue() / ((Number) session[1]).intValue();
            long waiting = ((Number) session[3]).longValue();
            if ("OPEN".equals(session[0])) {
                assertTrue(rate >= 0.6 && rate <= 1.0, "an open session filling: " + rate);
                if (rate == 1.0) {
                    full++;
                    assertEquals(3, waiting, "a full session has its waitlist");
                }
            } else {
                assertTrue(Set.of("CLOSED", "RUNNING").contains((String) session[0]), String.valueOf(session[0]));
                assertTrue(rate >= 0.6 && rate <= 0.95, "over or running, 60 to 95 % full: " + rate);
                assertEquals(0, waiting);
            }
        }
        assertEquals(4, full, "the open sessions of every other room are full");
        assertTrue(DATABASE.count("enrolment e join course_session s on s.id = e.session_id where " + YEAR_SESSION
                + " and e.status = 'DROPPED_OUT' and e.outcome_reason is not null and e.outcome_date < current_date") > 20);
        assertEquals(48L, DATABASE.count("enrolment e join course_session s on s.id = e.session_id where " + YEAR_SESSION
                + " and e.status = 'REFUSED' and e.outcome_reason is not null"), "one refusal each, with its reason");
    }

    @Test
    void everyQuotaPartnerAndThePoolHoldSeatsInTheReportsOfTheLastTwelveMonths() {
        Year thisYear = Year.now();
        Map<String, Long> occupied = new TreeMap<>();
        for (Year year : List.of(thisYear.minusYears(1), thisYear)) {
            OccupancyReport report = DATABASE.inTransaction(em -> new Occupancy(em).report(
                    OccupancyQuery.of(year, OccupancyDimension.QUOTA_PARTNER)));
            report.figures().forEach(figure -> occupied.merge(figure.key(), figure.seatsOccupied(), Long::sum));
        }
        for (String share : List.of("ACTIRIS", "VDAB_BRUSSEL", "FRM_BRUSSELS", "CEFORA", "FSTL", "CONSTRUCTION_SECTOR",
                OccupancyQuery.POOL)) {
            assertTrue(occupied.getOrDefault(share, 0L) >= 20, share + " in " + occupied);
        }

        // each course of the year of activity, as the dashboard shows it filtered by course, in either calendar year
        // (a seat left by a drop-out in the year before no longer counts in the next: 50 % at the least)
        int checked = 0;
        for (String course : List.of("TEC-HVAC-01", "TEC-AUTO-01", "DIG-DATA-01", "DIG-SUP-01", "LOG-PREP-01",
                "LOG-REACH-NL", "CON-CARR-01", "CON-PEIN-01")) {
            for (Year year : List.of(thisYear.minusYears(1), thisYear)) {
                OccupancyReport report = DATABASE.inTransaction(em -> new Occupancy(em).report(new OccupancyQuery(
                        year, null, null, course, null, null, null, OccupancyDimension.COURSE)));
                for (OccupancyFigure figure : report.figures()) {
                    if (figure.seatsOffered() != null && figure.seatsOffered() > 0) {
                        assertTrue(figure.occupancyRate() >= 0.5 && figure.occupancyRate() <= 1.0,
                                course + " in " + year + ": " + figure.occupancyRate());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 8, "every course of the year of activity has figures: " + checked);
    }

    @Test
    void attendanceIsMarkedForEveryEnrolledLearnerUpToYesterdayAndNotAfter() {
        assertEquals(0L, DATABASE.count("attendance a join meeting m on m.id = a.meeting_id where m.meeting_date >= current_date"));
        long expected = DATABASE.count("meeting m join course_session s on s.id = m.session_id"
                + " join enrolment e on e.session_id = s.id where " + YEAR_SESSION + " and m.meeting_date < current_date"
                + " and m.meeting_date >= s.start_date and (e.status in ('ENROLLED', 'COMPLETED')"
                + " or e.status = 'DROPPED_OUT' and m.meeting_date < e.outcome_date)");
        long marked = DATABASE.count("attendance a join meeting m on m.id = a.meeting_id join course_session s"
                + " on s.id = m.session_id where " + YEAR_SESSION);
        assertTrue(expected > 5_000, "a year of meetings: " + expected);
        assertEquals(expected, marked);
        long attended = DATABASE.count("attendance a join meeting m on m.id = a.meeting_id join course_session s"
                + " on s.id = m.session_id where " + YEAR_SESSION + " and a.mark in ('PRESENT', 'LATE')");
        double rate = (double) attended / marked;
        assertTrue(rate > 0.8 && rate < 0.95, "mostly present: " + rate);
    }

    @Test
    void learnersAreNamedAndGroupedAsTheApplicationItselfWouldHave() {
        List<Long> enrolments = DATABASE.inTransaction(em -> em.createNativeQuery(
                "select e.id from enrolment e join course_session s on s.id = e.session_id where " + YEAR_SESSION)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList());
        assertTrue(enrolments.size() > 500, "learners: " + enrolments.size());
        List<String> wrong = DATABASE.inTransaction(em -> enrolments.stream().map(id -> {
            Enrolment enrolment = em.find(Enrolment.class, id);
            Learner learner = em.find(Learner.class, enrolment.learnerId());
            String key = String.join(" ", NameKey.words(learner.familyName())) + "|"
                    + String.join(" ", NameKey.words(learner.givenName()));
            String stored = (String) em.createNativeQuery("select name_key from learner where id = ?")
                    .setParameter(1, learner.id()).getSingleResult();
            Set<TargetGroup> groups = TargetGroup.of(learner, enrolment.appliedOn());
            return key.equals(stored) && groups.equals(enrolment.targetGroups()) ? null
                    : id + ": " + stored + " " + enrolment.targetGroups() + " (expected " + key + " " + groups + ")";
        }).filter(java.util.Objects::nonNull).toList());
        assertEquals(List.of(), wrong);
        assertEquals(0L, DATABASE.count("learner where niss is not null and name_key not like 'demo %'"));
    }

    @Test
    void stepsFollowTheWorkflowOnTheirDaysAndPlacementsFollowTheTraining() {
        // every step leads from the one before it, none in the future
        Map<String, Long> steps = DATABASE.inTransaction(em -> ((List<Object[]>) em.createNativeQuery(
                "select coalesce(t.from_status, '-') || '>' || t.to_status, count(*) from enrolment_transition t"
                        + " join course_session s on s.id = t.session_id where " + YEAR_SESSION + " group by 1")
                .getResultList()).stream().collect(Collectors.toMap(row -> (String) row[0],
                        row -> ((Number) row[1]).longValue(), Long::sum, TreeMap::new)));
        steps.keySet().forEach(step -> {
            String[] fromTo = step.split(">");
            if (!"-".equals(fromTo[0])) {
                assertTrue(be.pfe.operations.domain.enrolment.EnrolmentStatus.valueOf(fromTo[0]).next()
                        .contains(be.pfe.operations.domain.enrolment.EnrolmentStatus.valueOf(fromTo[1])), step);
            }
        });
        assertEquals(0L, DATABASE.count("enrolment_transition where occurred_at > now()"));
        assertEquals(0L, DATABASE.count("enrolment e where not exists (select 1 from enrolment_transition t"
                + " where t.enrolment_id = e.id and t.to_status = e.status)"), "each enrolment's status is its last step");
        assertTrue(DATABASE.count("placement where status = 'COMPLETED' and outcome = 'HIRED'") >= 5);
        assertTrue(DATABASE.count("placement where status = 'RUNNING'") >= 5);
        assertEquals(0L, DATABASE.count("placement p join enrolment e on e.id = p.enrolment_id"
                + " where p.start_date <= e.outcome_date"), "placed after the training");
    }

    @Test
    void logisticityAndConstrucityHaveThisYearsPlanApprovedWithTargetsAtTheScaleOfTheirActivity() {
        Year year = Year.now();
        for (String centre : List.of("LOGISTICITY", "CONSTRUCITY")) {
            long target = DATABASE.count("joint_action_plan p join centre c on c.id = p.centre_id join plan_target t"
                    + " on t.plan_id = p.id where c.code = '" + centre + "' and p.plan_year = " + year.getValue()
                    + " and p.status = 'APPROVED' and t.indicator = 'TRAINING_SPOTS' and t.target_value between 30 and 90");
            assertEquals(1L, target, centre);
            be.pfe.operations.reporting.yearly.Actual spots = DATABASE.inTransaction(em -> new Actuals(new YearlyFigures(em))
                    .actual(centre, year, Indicator.TRAINING_SPOTS, LocalDate.now()));
            assertTrue(spots.value() >= 20 && spots.value() <= 100, centre + " spots so far: " + spots);
        }
    }
}
