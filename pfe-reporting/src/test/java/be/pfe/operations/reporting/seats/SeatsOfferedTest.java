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
            cancelled(em, session(em, course, auditorium, "2026-05-01", "2026-05-31", 60, SessionStatus.CANCELLED),
                    "2026-04-20"); // before its first day: it never ran
            session(em, course, workshop, "2026-02-02", "2026-07-03", 14, SessionStatus.OPEN);
        });
    }

    private static CourseSession session(EntityManager em, Course course, Room room, String start, String end,
                                         int seats, SessionStatus status) {
        CourseSession session = new CourseSession(course, room.centre(), room,
                new DateRange(LocalDate.parse(start), LocalDate.parse(end)), seats, Language.FR);
        if (status != null) {
            session.moveTo(status);
        }
        em.persist(session);
        return session;
    }

    /** The day the session was cancelled, as the database keeps it ({@code cancelled_on}). */
    private static void cancelled(EntityManager em, CourseSession session, String day) {
        em.flush();
        em.createNativeQuery("update course_session set cancelled_on = ? where id = ?")
                .setParameter(1, LocalDate.parse(day)).setParameter(2, session.id()).executeUpdate();
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
    void aSessionCancelledAfterItsStartOffersItsSeatsUntilTheDayItWasCancelledAsTheOccupancyFiguresCountIt() {
        database.transact(em -> {
            Room workshop = Fixtures.room(em, "TECHNICITY", "T-B01", 20);
            Course course = Fixtures.course(em, "TEC-ELEC-01");
            // held from 2 November, cancelled on 15 December: offered in 2026, not in 2027 where it was planned to run
            cancelled(em, session(em, course, workshop, "2026-11-02", "2027-03-31", 20, SessionStatus.CANCELLED),
                    "2026-12-15");
            // cancelled on its first day: never ran
            cancelled(em, session(em, course, workshop, "2026-09-01", "2026-10-31", 8, SessionStatus.CANCELLED),
                    "2026-09-01");
            // held from October 2025, cancelled on 10 December 2025: offered in 2025 only
            cancelled(em, session(em, course, workshop, "2025-10-01", "2026-03-31", 6, SessionStatus.CANCELLED),
                    "2025-12-10");
        });
        assertEquals(new CentreSeats("TECHNICITY", "Technicity.brussels", 2, 14 + 20), report(2026).centres().get(3));
        assertEquals(new CentreSeats("TECHNICITY", "Technicity.brussels", 0, 0), report(2027).centres().get(3));
        assertEquals(new CentreSeats("TECHNICITY", "Technicity.brussels", 1, 6), report(2025).centres().get(3));

        // the dashboard's figure and the occupancy figures count the same sessions with the same seats
        for (int year : List.of(2025, 2026, 2027)) {
            List<be.pfe.operations.reporting.occupancy.OccupancyFigure> offering = database.inTransaction(em ->
                    new be.pfe.operations.reporting.occupancy.Occupancy(em).report(
                            new be.pfe.operations.reporting.occupancy.OccupancyQuery(Year.of(year), null, "TECHNICITY",
                                    null, null, null, null,
                                    be.pfe.operations.reporting.occupancy.OccupancyDimension.SESSION)).figures())
                    .stream().filter(figure -> figure.seatsOffered() != null && figure.seatsOffered() > 0).toList();
            CentreSeats technicity = report(year).centres().get(3);
            assertEquals(technicity.sessions(), offering.size(), "sessions offering seats in " + year);
            assertEquals(technicity.seats(), offering.stream().mapToLong(figure -> figure.seatsOffered()).sum(),
                    "seats offered in " + year);
        }
    }

    @Test
    void aSessionCrossingNewYearCountsInBothYears() {
        assertEquals(16 + 100, report(2025).centres().get(1).seats());
        assertEquals(10 + 100, report(2027).centres().get(1).seats());
    }
}
