package be.pfe.operations.reporting.seats;

import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Seats offered per centre and year, on hand-built sessions at the year's edges. */
class SeatsOfferedTest {

    private final TestDatabase database = TestDatabase.shared();

    @BeforeEach
    void sessionsAroundTheYear2026() {
        database.deleteOperationalData();
        database.transact(em -> {
            Room lab = Fixtures.room(em, "DIGITALCITY", "D-LAB", 16);
            Room auditorium = Fixtures.room(em, "DIGITALCITY", "D-AUD", 100);
            Room workshop = Fixtures.room(em, "TECHNICITY", "T-A01", 14);
            Course course = Fixtures.course(em, "DIG-DEV-01");
            session(em, course, lab, "2025-09-01", "2026-01-01", 16, null);           // ends on 1 January: counts
            session(em, course, lab, "2026-03-01", "2026-06-30", 12, null);           // inside the year
            session(em, course, lab, "2026-12-31", "2027-04-30", 10, null);           // starts on 31 December
            session(em, course, auditorium, "2025-01-05", "2025-12-31", 100, null);   // ends the year before
            session(em, course, auditorium, "2027-01-01", "2027-02-01", 100, null);   // starts the year after
            session(em, course, auditorium, "2026-05-01", "2026-05-31", 60, SessionStatus.CANCELLED);
            session(em, course, workshop, "2026-02-02", "2026-07-03", 14, SessionStatus.OPEN);
        });
    }

    private static void session(EntityManager em, Course course, Room room, String start, String end, int seats,
                                SessionStatus status) {
        CourseSession session = new CourseSession(course, room.centre(), room,
                new DateRange(LocalDate.parse(start), LocalDate.parse(end)), seats, Language.FR);
        if (status != null) {
            session.moveTo(status);
        }
        em.persist(session);
    }

    private SeatsOfferedReport report(int year) {
        return database.inTransaction(em -> new SeatsOffered(em).forYear(Year.of(year)));
    }

    @Test
    void countsEverySessionActiveDuringTheYearWithAllItsSeats() {
        SeatsOfferedReport report = report(2026);
        assertEquals(List.of(
                new CentreSeats("CONSTRUCITY", "Construcity.brussels", 0, 0),
                new CentreSeats("DIGITALCITY", "Digitalcity.brussels", 3, 16 + 12 + 10),
                new CentreSeats("LOGISTICITY", "Logisticity.brussels", 0, 0),
                new CentreSeats("TECHNICITY", "Technicity.brussels", 1, 14)), report.centres());
        assertEquals(52, report.totalSeats());
        assertEquals(4, report.totalSessions());
    }

    @Test
    void aSessionCrossingNewYearCountsInBothYears() {
        assertEquals(16 + 100, report(2025).centres().get(1).seats());
        assertEquals(10 + 100, report(2027).centres().get(1).seats());
    }
}
