package be.pfe.operations.web.access;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.calendar.JpaCentreClosures;
import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.course.JpaCourses;
import be.pfe.operations.domain.room.JpaRooms;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.domain.session.SessionSearch;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.seats.SeatsOffered;
import be.pfe.operations.scheduling.conflict.ConflictDetector;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.ConflictPolicy;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import be.pfe.operations.scheduling.session.PlanSession;
import be.pfe.operations.scheduling.session.SessionPlanning;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.report.SeatFigures;
import be.pfe.operations.web.session.SessionCalendar;
import be.pfe.operations.web.session.Sessions;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The permission matrix over the services the pages and the API share (role x centre x operation), against the
 * real PostgreSQL: each allowed operation works, each forbidden one is refused and leaves the data as it was.
 */
class ServiceAccessTest {

    private static final DateRange SPRING_2042 = new DateRange(LocalDate.parse("2042-03-03"), LocalDate.parse("2042-04-25"));
    private static final Map<String, Actor> ACTORS = Map.of(
            "admin", actor(RoleGrant.of(Role.ADMINISTRATOR)),
            "staff.technicity", actor(RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY")),
            "staff.digitalcity", actor(RoleGrant.forCentre(Role.CENTRE_STAFF, "DIGITALCITY")),
            "manager.actiris", actor(RoleGrant.forPartner("ACTIRIS")),
            "board.technicity", actor(RoleGrant.forCentre(Role.BOARD_MEMBER, "TECHNICITY")),
            "auditor", actor(RoleGrant.of(Role.AUDITOR)));

    private final TestDatabase database = TestDatabase.shared();
    private long technicitySession;

    private static Actor actor(RoleGrant grant) {
        return new Actor("test." + grant.role().name().toLowerCase(), "Test", List.of(grant));
    }

    @BeforeEach
    void aTechnicitySession() {
        database.deleteOperationalData();
        database.transact(em -> {
            Room workshop = Fixtures.room(em, "TECHNICITY", "T-W01", 12);
            Fixtures.room(em, "DIGITALCITY", "D-101", 12);
            Course welding = Fixtures.course(em, "TEC-WELD-01");
            CourseSession session = new CourseSession(welding, workshop.centre(), workshop, SPRING_2042, 10, Language.FR);
            em.persist(session);
            em.flush();
            technicitySession = session.id();
        });
    }

    /** The services as the container wires them, for one actor, in one transaction. */
    private record Services(Sessions sessions, SessionCalendar calendar, SeatFigures figures, Catalogue catalogue) {
    }

    private <T> T as(String user, Function<Services, T> work) {
        Actor actor = ACTORS.get(user);
        return database.inTransaction(em -> work.apply(services(em, actor)));
    }

    private static Services services(EntityManager em, Actor actor) {
        JpaCentres centres = new JpaCentres(em);
        JpaCourseSessions courseSessions = new JpaCourseSessions(em);
        JpaMeetings meetings = new JpaMeetings(em);
        JpaCentreClosures closures = new JpaCentreClosures(em);
        Sessions sessions = wire(new Sessions(), courseSessions, centres,
                new SessionPlanning(centres, new JpaCourses(em), new JpaRooms(em), courseSessions), actor,
                new RecordAccess(em, actor), Clocks.system());
        SessionCalendar calendar = wire(new SessionCalendar(), sessions, meetings,
                new SessionTimetabling(em, courseSessions, meetings, closures, new ConflictDetector(meetings, closures),
                        new ConflictGate(em, new ConflictPolicy(em))), new RecordAccess(em, actor));
        SeatFigures figures = wire(new SeatFigures(), new SeatsOffered(em), actor);
        Catalogue catalogue = wire(new Catalogue(), centres, new JpaRooms(em), new JpaCourses(em), actor);
        return new Services(sessions, calendar, figures, catalogue);
    }

    /** Sets each injected field of the service to the given dependency of its type (what CDI does in the container). */
    private static <T> T wire(T service, Object... dependencies) {
        for (Field field : service.getClass().getDeclaredFields()) {
            for (Object dependency : dependencies) {
                if (field.isAnnotationPresent(jakarta.inject.Inject.class) && field.getType().isInstance(dependency)) {
                    try {
                        field.setAccessible(true);
                        field.set(service, dependency);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return service;
    }

    private void perform(String user, String operation) {
        switch (operation) {
            case "readTechnicitySession" -> as(user, s -> s.sessions().byId(technicitySession));
            case "listTechnicity" -> as(user, s -> s.sessions().page(new SessionSearch("TECHNICITY", 0, 10,
                    SessionSearch.SortColumn.START_DATE, true)));
            case "listAllCentres" -> as(user, s -> s.sessions().page(new SessionSearch(null, 0, 10,
                    SessionSearch.SortColumn.START_DATE, true)));
            case "meetingsOfTechnicitySession" -> as(user, s -> s.calendar().meetings(technicitySession));
            case "planInTechnicity" -> as(user, s -> s.sessions().plan(new PlanSession("TECHNICITY", "TEC-WELD-01",
                    null, LocalDate.parse("2042-09-01"), LocalDate.parse("2042-10-31"), 8, Language.NL)));
            case "planInDigitalcity" -> as(user, s -> s.sessions().plan(new PlanSession("DIGITALCITY", "TEC-WELD-01",
                    "D-101", LocalDate.parse("2042-09-01"), LocalDate.parse("2042-10-31"), 8, Language.NL)));
            case "weeklyPatternOfTechnicitySession" -> as(user, s -> s.calendar().setWeeklyPattern(technicitySession,
                    List.of(WeeklySlot.of(DayOfWeek.WEDNESDAY, "09:00", "12:00")), null));
            case "seatFigures" -> as(user, s -> s.figures().seatsOffered(Year.of(2042)));
            case "centres" -> as(user, s -> s.catalogue().centres());
            default -> throw new IllegalArgumentException(operation);
        }
    }

    private List<Long> state() {
        return List.of(database.count("course_session"), database.count("meeting"), database.count("session_weekly_slot"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "admin,             readTechnicitySession,            allowed",
            "admin,             listAllCentres,                   allowed",
            "admin,             planInDigitalcity,                allowed",
            "admin,             weeklyPatternOfTechnicitySession, allowed",
            "staff.technicity,  readTechnicitySession,            allowed",
            "staff.technicity,  listAllCentres,                   allowed",
            "staff.technicity,  meetingsOfTechnicitySession,      allowed",
            "staff.technicity,  planInTechnicity,                 allowed",
            "staff.technicity,  weeklyPatternOfTechnicitySession, allowed",
            "staff.technicity,  planInDigitalcity,                denied",
            "staff.digitalcity, readTechnicitySession,            denied",
            "staff.digitalcity, listTechnicity,                   denied",
            "staff.digitalcity, meetingsOfTechnicitySession,      denied",
            "staff.digitalcity, planInTechnicity,                 denied",
            "staff.digitalcity, weeklyPatternOfTechnicitySession, denied",
            "manager.actiris,   readTechnicitySession,            denied",
            "manager.actiris,   listAllCentres,                   denied",
            "manager.actiris,   planInTechnicity,                 denied",
            "manager.actiris,   seatFigures,                      allowed",
            "manager.actiris,   centres,                          allowed",
            "board.technicity,  readTechnicitySession,            allowed",
            "board.technicity,  listTechnicity,                   allowed",
            "board.technicity,  planInTechnicity,                 denied",
            "board.technicity,  weeklyPatternOfTechnicitySession, denied",
            "board.technicity,  seatFigures,                      allowed",
            "auditor,           readTechnicitySession,            allowed",
            "auditor,           listAllCentres,                   allowed",
            "auditor,           planInTechnicity,                 denied",
            "auditor,           weeklyPatternOfTechnicitySession, denied"})
    void matrix(String user, String operation, String expected) {
        List<Long> before = state();
        if (expected.equals("allowed")) {
            perform(user, operation);
        } else {
            assertThrows(AccessDeniedException.class, () -> perform(user, operation));
            assertEquals(before, state(), "a refusal changes nothing");
        }
    }

    @org.junit.jupiter.api.Test
    void listsAndFiguresAreNarrowedToTheCentresTheUserMayRead() {
        as("admin", s -> s.sessions().plan(new PlanSession("DIGITALCITY", "TEC-WELD-01", "D-101",
                LocalDate.parse("2042-09-01"), LocalDate.parse("2042-10-31"), 8, Language.NL)));
        SessionSearch all = new SessionSearch(null, 0, 10, SessionSearch.SortColumn.START_DATE, true);
        assertEquals(2, as("admin", s -> s.sessions().page(all)).size());
        assertEquals(List.of("TECHNICITY"), as("staff.technicity", s -> s.sessions().page(all)).stream()
                .map(item -> item.centreCode()).toList());
        assertEquals(1L, (long) as("board.technicity", s -> s.sessions().count(null)));
        assertEquals(List.of("TECHNICITY"), as("board.technicity", s -> s.figures().seatsOffered(Year.of(2042)))
                .centres().stream().map(c -> c.centreCode()).toList());
        assertTrue(as("manager.actiris", s -> s.figures().seatsOffered(Year.of(2042))).centres().size() >= 2);
    }
}
