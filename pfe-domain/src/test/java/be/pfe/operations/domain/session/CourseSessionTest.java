package be.pfe.operations.domain.session;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.partner.PartnerKind;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CourseSessionTest {

    private final PartnerOrganisation bf = new PartnerOrganisation("BRUXELLES_FORMATION", "Bruxelles Formation",
            PartnerKind.PUBLIC_TRAINING_SERVICE);
    private final Centre digitalcity = new Centre("DIGITALCITY", "Digitalcity.brussels", Sector.DIGITAL, "Auderghem", 2020);
    private final Centre technicity = new Centre("TECHNICITY", "Technicity.brussels", Sector.TECHNOLOGY_INDUSTRY,
            "Anderlecht", 2019);
    private final Course course = new Course("DIG-DEV-01", new LocalizedText("Développeur web", null, null),
            Sector.DIGITAL, 700, true, bf);
    private final Room lab = new Room(digitalcity, "D-LAB", "CISCO lab", RoomType.LAB, 16);
    private final DateRange spring = new DateRange(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-06-26"));

    private CourseSession session(Room room, int seats) {
        return new CourseSession(course, digitalcity, room, spring, seats, Language.FR);
    }

    @Test
    void aNewSessionIsPlanned() {
        CourseSession session = session(lab, 16);
        assertEquals(SessionStatus.PLANNED, session.status());
        assertSame(lab, session.room());
        assertEquals(16, session.seatCapacity());
    }

    @Test
    void refusesZeroOrNegativeSeats() {
        assertEquals("session.capacity.notPositive",
                assertThrows(BusinessRuleException.class, () -> session(lab, 0)).messageKey());
        assertEquals("session.capacity.notPositive",
                assertThrows(BusinessRuleException.class, () -> session(null, -3)).messageKey());
    }

    @Test
    void refusesMoreSeatsThanTheRoomHas() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> session(lab, 17));
        assertEquals("session.capacity.aboveRoom", refused.messageKey());
        assertEquals("seatCapacity", refused.field());
    }

    @Test
    void keepsItsSeatsWhenAMoveToASmallerRoomIsRefused() {
        CourseSession session = session(lab, 16);
        Room studio = new Room(digitalcity, "D-STU", "Studio", RoomType.STUDIO, 8);
        assertThrows(BusinessRuleException.class, () -> session.placeIn(studio));
        assertSame(lab, session.room());
        assertEquals(16, session.seatCapacity());
    }

    @Test
    void refusesARoomOfAnotherCentre() {
        Room workshop = new Room(technicity, "T-A01", "Welding", RoomType.WORKSHOP, 14);
        assertEquals("session.room.otherCentre",
                assertThrows(BusinessRuleException.class, () -> session(workshop, 10)).messageKey());
    }

    @Test
    void mayBePlannedBeforeItHasARoom() {
        CourseSession session = session(null, 40);
        assertNull(session.room());
        assertEquals("session.capacity.aboveRoom",
                assertThrows(BusinessRuleException.class, () -> session.placeIn(lab)).messageKey());
    }

    @Test
    void movesAlongItsLifecycle() {
        CourseSession session = session(lab, 12);
        session.moveTo(SessionStatus.OPEN);
        session.moveTo(SessionStatus.RUNNING);
        session.moveTo(SessionStatus.CLOSED);
        assertEquals(SessionStatus.CLOSED, session.status());
    }

    @Test
    void refusesToSkipOrLeaveAFinalStatus() {
        CourseSession session = session(lab, 12);
        assertEquals("session.status.transition",
                assertThrows(BusinessRuleException.class, () -> session.moveTo(SessionStatus.CLOSED)).messageKey());
        session.moveTo(SessionStatus.CANCELLED);
        assertThrows(BusinessRuleException.class, () -> session.moveTo(SessionStatus.OPEN));
        assertEquals(SessionStatus.CANCELLED, session.status());
    }

    @Test
    void requiresACourseACentreAndALanguage() {
        assertEquals("session.course.required", assertThrows(BusinessRuleException.class,
                () -> new CourseSession(null, digitalcity, lab, spring, 10, Language.FR)).messageKey());
        assertEquals("session.centre.required", assertThrows(BusinessRuleException.class,
                () -> new CourseSession(course, null, lab, spring, 10, Language.FR)).messageKey());
        assertEquals("session.language.required", assertThrows(BusinessRuleException.class,
                () -> new CourseSession(course, digitalcity, lab, spring, 10, null)).messageKey());
    }
}
