package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.calendar.JpaCentreClosures;
import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.PublicHoliday;
import be.pfe.operations.domain.company.EnterpriseNumber;
import be.pfe.operations.domain.schema.SchemaMigrations;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demonstration data gives the calendar something to show: trainers, weekly patterns and meetings that
 * skip Belgium's public holidays (computed in SQL the way {@link PublicHoliday} does), and only the conflicts
 * it leaves on purpose.
 */
class DemoDataTest {

    private final TestDatabase database = TestDatabase.shared();
    private final Year thisYear = Year.now();
    private final DateRange years = new DateRange(thisYear.minusYears(1).atDay(1), thisYear.plusYears(2).atDay(1));

    @BeforeEach
    void loadTheDemo() {
        database.deleteOperationalData();
        database.execute("drop table if exists flyway_demo_history");
        assertEquals(9, SchemaMigrations.loadDemoData(database.dataSource()),
                "rooms and sessions, timetables, users, pathway, validations, plans, sessions around today, a year of"
                        + " activity, the data migration user");
    }

    @AfterEach
    void removeIt() {
        database.deleteOperationalData();
        database.execute("drop table if exists flyway_demo_history");
    }

    @Test
    void everySessionWithAWeeklyPatternHasMeetingsButNoneOnAPublicHoliday() {
        assertEquals(15L, database.count("trainer"), "seven, and one for each room of the year of activity");
        assertEquals(0L, database.count("course_session s where not exists (select 1 from meeting m where m.session_id = s.id)"
                + " and exists (select 1 from session_weekly_slot w where w.session_id = s.id)"));
        assertTrue(database.count("meeting") > 500, "a full calendar: " + database.count("meeting"));
        assertEquals(1L, database.count("meeting where status = 'CANCELLED'"));

        Set<LocalDate> holidays = new HashSet<>();
        for (int year = thisYear.getValue() - 1; year <= thisYear.getValue() + 2; year++) {
            for (PublicHoliday holiday : PublicHoliday.values()) {
                holidays.add(holiday.in(Year.of(year)));
            }
        }
        List<LocalDate> days = database.inTransaction(em -> em.createQuery(
                "select m.date from Meeting m", LocalDate.class).getResultList());
        List<LocalDate> onHolidays = days.stream().filter(holidays::contains).toList();
        assertEquals(List.of(), onHolidays);
    }

    @Test
    void itsCompaniesHaveValidEnterpriseNumbersAndItsLearnersAPathway() {
        List<String> numbers = database.inTransaction(em -> em.createNativeQuery(
                "select enterprise_number from company order by 1").getResultList());
        assertEquals(9, numbers.size());
        numbers.forEach(number -> assertEquals(number, EnterpriseNumber.of(number).digits()));
        String pathway = " and learner_id in (select id from learner where name_key like 'demo %')";
        assertEquals(2L, database.count("screening where true" + pathway));
        assertEquals(1L, database.count("placement p where p.start_date >= (select s.start_date from course_session s"
                + " join enrolment e on e.session_id = s.id where e.id = p.enrolment_id)" + pathway));
        assertEquals(8L, database.count("enrolment_transition where enrolment_id in (select id from enrolment where true"
                + pathway + ")"));
        assertEquals(1L, database.count("placement_visit where placement_id in (select id from placement where true"
                + pathway + ")"));
        assertEquals(0L, database.count("placement p where p.start_date < (select s.start_date from course_session s"
                + " join enrolment e on e.session_id = s.id where e.id = p.enrolment_id)"), "none before its training");
    }

    @Test
    void holdsValidationSessionsWithTheirAssessorTestTimeCandidatesAndCertificates() {
        assertEquals(3L, database.count("course where kind = 'VALIDATION'"));
        assertEquals(3L, database.count("course_session s join course c on c.id = s.course_id where c.kind = 'VALIDATION'"
                + " and exists (select 1 from session_trainer t where t.session_id = s.id)"
                + " and (select count(*) from meeting m where m.session_id = s.id) = 1"));
        assertEquals(3L, database.count("validation_candidate where result = 'PASSED' and certificate_number is not null"));
    }

    @Test
    void leavesOnlyTheConflictsItMeansToShow() {
        Map<String, Long> kinds = database.inTransaction(em -> {
            JpaMeetings meetings = new JpaMeetings(em);
            List<Meeting> all = em.createQuery("select m from Meeting m", Meeting.class).getResultList();
            assertFalse(all.stream().allMatch(m -> m.status() == MeetingStatus.SCHEDULED));
            return new ConflictDetector(meetings, new JpaCentreClosures(em)).conflictsAmong(all, years).stream()
                    .collect(Collectors.groupingBy(found -> found.conflict().kind() + " " + found.session().centre().code(),
                            TreeMap::new, Collectors.counting()));
        });
        assertEquals(Map.of(
                "CLOSED_DAY DIGITALCITY", 2L,
                "TRAINER_DOUBLE_BOOKED CONSTRUCITY", 1L,
                "TRAINER_DOUBLE_BOOKED TECHNICITY", 1L,
                "TRAINER_NOT_QUALIFIED CONSTRUCITY", 1L), kinds);
        assertEquals(1L, database.count("accepted_conflict"));
    }
}
