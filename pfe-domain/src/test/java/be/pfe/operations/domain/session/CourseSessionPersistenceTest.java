package be.pfe.operations.domain.session;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mapping of centres, rooms, courses and sessions, against the real PostgreSQL schema. */
class CourseSessionPersistenceTest {

    private final TestDatabase database = TestDatabase.shared();

    @BeforeEach
    void emptyOperationalData() {
        database.deleteOperationalData();
    }

    private static DateRange range(String start, String end) {
        return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
    }

    private long plan(String room, String start, String end) {
        return database.inTransaction(em -> {
            Room r = em.createQuery("select r from Room r where r.code = :code", Room.class)
                    .setParameter("code", room).getSingleResult();
            Course course = Fixtures.course(em, "C-" + room + "-" + start);
            CourseSession session = new CourseSession(course, r.centre(), r, range(start, end), 10, Language.FR);
            return new JpaCourseSessions(em).add(session).id();
        });
    }

    @Test
    void theMigrationsSeedTheFourCentresWithTheirPartners() {
        List<Centre> centres = database.inTransaction(em -> {
            List<Centre> all = new JpaCentres(em).all();
            all.forEach(centre -> centre.partners().size());
            return all;
        });
        assertEquals(List.of("CONSTRUCITY", "DIGITALCITY", "LOGISTICITY", "TECHNICITY"),
                centres.stream().map(Centre::code).toList());
        Centre logisticity = centres.get(2);
        assertEquals("Forest", logisticity.site());
        assertTrue(logisticity.partners().stream().map(p -> p.code()).toList()
                .containsAll(List.of("ACTIRIS", "BRUXELLES_FORMATION", "VDAB_BRUSSEL", "FSTL", "LOGOS", "BUS_CAR")));
    }

    @Test
    void aSessionIsStoredAndReadBackWithAllItsFields() {
        database.transact(em -> {
            Fixtures.room(em, "DIGITALCITY", "D-201", 18);
        });
        long id = plan("D-201", "2026-09-07", "2027-02-26");

        database.transact((EntityManager em) -> {
            CourseSession read = new JpaCourseSessions(em).byId(id).orElseThrow();
            assertEquals("DIGITALCITY", read.centre().code());
            assertEquals("D-201", read.room().code());
            assertEquals(range("2026-09-07", "2027-02-26"), read.period());
            assertEquals(10, read.seatCapacity());
            assertEquals(Language.FR, read.teachingLanguage());
            assertEquals(SessionStatus.PLANNED, read.status());
            assertEquals("Cours C-D-201-2026-09-07", read.course().title().in(Language.FR));
        });
    }

    @Test
    void aStaleCopyCannotOverwriteANewerChange() {
        database.transact(em -> {
            Fixtures.room(em, "DIGITALCITY", "D-202", 18);
        });
        long id = plan("D-202", "2026-09-07", "2026-12-18");

        EntityManager first = database.entityManagerFactory().createEntityManager();
        EntityManager second = database.entityManagerFactory().createEntityManager();
        try {
            CourseSession mine = first.find(CourseSession.class, id);
            CourseSession theirs = second.find(CourseSession.class, id);

            second.getTransaction().begin();
            theirs.changeSeatCapacity(12);
            second.getTransaction().commit();

            first.getTransaction().begin();
            mine.changeSeatCapacity(8);
            RollbackException refused = assertThrows(RollbackException.class, () -> first.getTransaction().commit());
            assertInstanceOf(OptimisticLockException.class, refused.getCause());
        } finally {
            first.close();
            second.close();
        }
        database.transact((EntityManager em) -> assertEquals(12, em.find(CourseSession.class, id).seatCapacity()));
    }

    @Test
    void theSchemaItselfRefusesAnEndBeforeTheStart() {
        database.transact(em -> {
            Fixtures.room(em, "TECHNICITY", "T-C11", 20);
        });
        long id = plan("T-C11", "2026-09-07", "2026-12-18");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> database.execute(
                "update course_session set end_date = date '2026-09-01' where id = " + id));
        assertTrue(refused.getCause().getMessage().contains("course_session_check"), refused.getCause().getMessage());
    }

    @Test
    void listsSessionsPageByPageSortedAndPerCentre() {
        database.transact(em -> {
            Fixtures.room(em, "DIGITALCITY", "D-AUD", 100);
            Fixtures.room(em, "TECHNICITY", "T-A01", 14);
        });
        for (int month = 1; month <= 9; month++) {
            plan("D-AUD", "2026-0" + month + "-01", "2026-0" + month + "-20");
        }
        plan("T-A01", "2026-05-04", "2026-05-29");

        List<SessionListItem> secondPage = database.inTransaction(em -> new JpaCourseSessions(em).search(
                new SessionSearch("DIGITALCITY", 4, 4, SessionSearch.SortColumn.START_DATE, false)));
        assertEquals(List.of("2026-05-01", "2026-04-01", "2026-03-01", "2026-02-01"),
                secondPage.stream().map(item -> item.startDate().toString()).toList());
        assertEquals("D-AUD", secondPage.get(0).roomCode());

        assertEquals(9L, (long) database.inTransaction(em -> new JpaCourseSessions(em).count("DIGITALCITY")));
        assertEquals(10L, (long) database.inTransaction(em -> new JpaCourseSessions(em).count(null)));
        List<SessionListItem> byCentre = database.inTransaction(em -> new JpaCourseSessions(em).search(
                new SessionSearch(null, 0, 1, SessionSearch.SortColumn.CENTRE, false)));
        assertEquals("TECHNICITY", byCentre.get(0).centreCode());
    }
}
