package be.pfe.operations.scheduling.session;

import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.course.JpaCourses;
import be.pfe.operations.domain.room.JpaRooms;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Planning sessions into rooms, against the real PostgreSQL. */
class SessionPlanningTest {

    private final TestDatabase database = TestDatabase.shared();
    private static final String LAB = "D-LAB";
    private static final String CLASSROOM = "D-201";
    private static final String COURSE = "DIG-NET-01";

    @BeforeEach
    void roomsAndACourse() {
        database.deleteOperationalData();
        database.transact(em -> {
            Fixtures.room(em, "DIGITALCITY", LAB, 16);
            Fixtures.room(em, "DIGITALCITY", CLASSROOM, 18);
            Fixtures.course(em, COURSE);
        });
    }

    private static SessionPlanning planning(EntityManager em) {
        return new SessionPlanning(new JpaCentres(em), new JpaCourses(em), new JpaRooms(em), new JpaCourseSessions(em));
    }

    private PlanSession request(String room, String start, String end, Integer seats) {
        return new PlanSession("DIGITALCITY", COURSE, room, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), seats, Language.FR);
    }

    private long plan(PlanSession request) {
        return database.inTransaction(em -> planning(em).plan(request).id());
    }

    private BusinessRuleException refused(PlanSession request) {
        long before = database.count("course_session");
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> plan(request));
        assertEquals(before, database.count("course_session"), "nothing may be written when refused");
        return refused;
    }

    @Test
    void aRetiredCourseIsPlannedNoMoreAndItsSessionsStay() {
        long kept = plan(request(LAB, "2039-09-05", "2039-12-16", 16));
        database.transact(em -> new JpaCourses(em).byCode(COURSE).orElseThrow().retire("staff", LocalDate.of(2039, 9, 1)));
        BusinessRuleException refused = refused(request(LAB, "2040-01-08", "2040-03-30", 16));
        assertEquals("course.retired.notPlannable", refused.messageKey());
        assertEquals("course", refused.field());
        assertArrayEquals(new Object[] {COURSE}, refused.arguments());
        database.transact(em -> assertEquals(COURSE, em.find(CourseSession.class, kept).course().code()));
    }

    @Test
    void plansASessionIntoAFreeRoom() {
        long id = plan(request(LAB, "2026-09-07", "2026-12-18", 16));
        database.transact(em -> {
            CourseSession session = em.find(CourseSession.class, id);
            assertEquals("D-LAB", session.room().code());
            assertEquals(SessionStatus.PLANNED, session.status());
        });
    }

    @Test
    void sessionsShareARoomOverTheSameWeeksTheirMeetingsAreWhatBookIt() {
        // e.g. one session on Monday mornings, another on Tuesday afternoons: the meetings are checked, not the periods
        plan(request(LAB, "2039-09-05", "2039-12-16", 16));
        plan(request(LAB, "2039-09-05", "2039-12-16", 12));
        plan(request(LAB, "2039-10-03", "2040-01-27", 10));
        assertEquals(3, database.count("course_session"));
    }

    @Test
    void refusesBadInputWithAMessagePerField() {
        assertEquals("period.endBeforeStart", refused(request(LAB, "2026-09-07", "2026-09-06", 10)).messageKey());
        assertEquals("period.start.required", refused(request(LAB, null, "2026-09-06", 10)).messageKey());
        assertEquals("session.capacity.notPositive", refused(request(LAB, "2026-09-07", "2026-09-30", 0)).messageKey());
        assertEquals("session.capacity.required", refused(request(LAB, "2026-09-07", "2026-09-30", null)).messageKey());
        assertEquals("session.capacity.aboveRoom", refused(request(LAB, "2026-09-07", "2026-09-30", 17)).messageKey());
        assertEquals("session.language.required", refused(new PlanSession("DIGITALCITY", COURSE, LAB,
                LocalDate.parse("2026-09-07"), LocalDate.parse("2026-09-30"), 10, null)).messageKey());
    }

    @Test
    void refusesUnknownCentreCourseAndRoom() {
        BusinessRuleException centre = refused(new PlanSession("BRAINCITY", COURSE, LAB,
                LocalDate.parse("2026-09-07"), LocalDate.parse("2026-09-30"), 10, Language.FR));
        assertInstanceOf(NotFoundException.class, centre);
        assertEquals("centre.unknown", centre.messageKey());
        assertEquals("course.unknown", refused(new PlanSession("DIGITALCITY", "NO-SUCH-COURSE", LAB,
                LocalDate.parse("2026-09-07"), LocalDate.parse("2026-09-30"), 10, Language.FR)).messageKey());
        assertEquals("room.unknown", refused(request("D-999", "2026-09-07", "2026-09-30", 10)).messageKey());
    }

    @Test
    void aRoomOfAnotherCentreIsNotFoundHere() {
        database.transact(em -> {
            Fixtures.room(em, "TECHNICITY", "T-A01", 14);
        });
        BusinessRuleException refused = refused(request("T-A01", "2026-09-07", "2026-09-30", 10));
        assertEquals("room.unknown", refused.messageKey());
        assertArrayEquals(new Object[] {"T-A01", "DIGITALCITY"}, refused.arguments());
    }
}
