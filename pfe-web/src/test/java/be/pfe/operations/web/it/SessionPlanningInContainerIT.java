package be.pfe.operations.web.it;

import be.pfe.operations.devserver.DatabaseSettings;
import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.session.PlanSession;
import be.pfe.operations.scheduling.conflict.ConflictKind;
import be.pfe.operations.scheduling.conflict.SchedulingConflictException;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.web.session.SessionCalendar;
import be.pfe.operations.testing.TestDatabase;
import be.pfe.operations.web.session.Sessions;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's services inside Payara Micro (deployed by Arquillian): CDI wiring, JTA transactions,
 * the container's persistence unit and data source, down to the real PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class SessionPlanningInContainerIT {

    @Deployment
    static WebArchive deployment() {
        DatabaseSettings database = TestDatabase.shared().settings();
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "pfe-web.war")
                .importFrom(new File(System.getProperty("pfe.war", "target/pfe-web.war")))
                .as(WebArchive.class);
        // the deployed application reads its data source settings from here (MicroProfile Config): the war's own
        // defaults (pools, the reports' data source) kept, the test database's settings after them (the last one wins)
        String config = "WEB-INF/classes/META-INF/microprofile-config.properties";
        String defaults;
        try (InputStream in = war.get(config).getAsset().openStream()) {
            defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(config);
        war.addAsResource(new StringAsset(defaults + """

                pfe.db.url=%s
                pfe.db.user=%s
                pfe.db.password=%s
                pfe.demo.data=true
                """.formatted(database.url(), database.user(), database.password())),
                "META-INF/microprofile-config.properties");
        return war.addClass(SessionPlanningInContainerIT.class).addClass(AdministratorActor.class);
    }

    @Inject
    Sessions sessions;
    @Inject
    SessionCalendar calendar;

    private static PlanSession welding(String start, String end, int seats) {
        return new PlanSession("TECHNICITY", "TEC-ELEC-01", "T-A02", LocalDate.parse(start), LocalDate.parse(end),
                seats, Language.FR);
    }

    @Test
    void plansASessionThroughTheContainerIntoTheDatabase() {
        SessionListItem planned = sessions.plan(welding("2033-01-10", "2033-03-31", 12));

        SessionListItem read = sessions.byId(planned.id());
        assertEquals("TECHNICITY", read.centreCode());
        assertEquals("T-A02", read.roomCode());
        assertEquals(LocalDate.parse("2033-01-10"), read.startDate());
        assertEquals(12, read.seatCapacity());
        assertEquals(SessionStatus.PLANNED, read.status());
        assertEquals("Industrieel elektricien", read.title(Language.NL));
    }

    @Test
    void aRefusedBookingRollsBackAndLeavesNothingWritten() {
        // two sessions share the workshop over the same weeks; their meetings may not
        long first = sessions.plan(welding("2033-05-02", "2033-06-30", 10)).id();
        long second = sessions.plan(welding("2033-05-02", "2033-06-30", 10)).id();
        calendar.setWeeklyPattern(first, List.of(WeeklySlot.of(DayOfWeek.THURSDAY, "09:00", "12:30")), null);

        SchedulingConflictException refused = assertThrows(SchedulingConflictException.class,
                () -> calendar.setWeeklyPattern(second,
                        List.of(WeeklySlot.of(DayOfWeek.THURSDAY, "12:00", "16:00")), null));

        assertEquals("conflict.blocking", refused.messageKey());
        assertTrue(refused.blocking().stream().allMatch(c -> c.kind() == ConflictKind.ROOM_DOUBLE_BOOKED
                && c.otherSessionId() == first));
        assertEquals(List.of(), calendar.meetings(second), "the refused pattern wrote no meeting");
        calendar.setWeeklyPattern(second, List.of(WeeklySlot.of(DayOfWeek.THURSDAY, "13:00", "16:00")), null);
        assertEquals(calendar.meetings(first).size(), calendar.meetings(second).size());
    }
}
