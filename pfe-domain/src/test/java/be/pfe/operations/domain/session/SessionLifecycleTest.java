package be.pfe.operations.domain.session;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.partner.PartnerKind;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;
import be.pfe.operations.domain.trainer.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static be.pfe.operations.domain.session.SessionStatus.CANCELLED;
import static be.pfe.operations.domain.session.SessionStatus.CLOSED;
import static be.pfe.operations.domain.session.SessionStatus.OPEN;
import static be.pfe.operations.domain.session.SessionStatus.PLANNED;
import static be.pfe.operations.domain.session.SessionStatus.RUNNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session's one state machine: every step staff, the calendar and an administrator take, allowed or refused. */
class SessionLifecycleTest {

    private static final LocalDate START = LocalDate.parse("2041-03-04");
    private static final LocalDate END = LocalDate.parse("2041-06-28");

    private final PartnerOrganisation bf = new PartnerOrganisation("BRUXELLES_FORMATION", "Bruxelles Formation",
            PartnerKind.PUBLIC_TRAINING_SERVICE);
    private final Centre digitalcity = new Centre("DIGITALCITY", "Digitalcity.brussels", Sector.DIGITAL, "Auderghem", 2020);
    private final Course course = new Course("DIG-DEV-01", new LocalizedText("Développeur web", null, null),
            Sector.DIGITAL, 700, true, bf);
    private final Room lab = new Room(digitalcity, "D-LAB", "CISCO lab", RoomType.LAB, 16);
    private final Trainer trainer = new Trainer("TDUPONT", "Thomas Dupont", bf);

    private static SessionChange on(LocalDate day, String reason) {
        return new SessionChange("staff.digitalcity", day.atTime(10, 0).atOffset(ZoneOffset.ofHours(1)), reason);
    }

    private static SessionChange before() {
        return on(START.minusDays(10), "a reason");
    }

    private CourseSession ready() {
        CourseSession session = new CourseSession(course, digitalcity, lab, new DateRange(START, END), 12, Language.FR);
        session.assignTrainers(List.of(trainer));
        return session;
    }

    /** A session brought to the status along the usual way (before its start for planned and open). */
    private CourseSession at(SessionStatus status) {
        CourseSession session = ready();
        switch (status) {
            case PLANNED -> { }
            case OPEN -> session.open(10, before());
            case RUNNING -> session.followCalendar(on(START, null));
            case CLOSED -> session.followCalendar(on(END.plusDays(1), null));
            case CANCELLED -> session.cancel(before());
        }
        assertEquals(status, session.status());
        return session;
    }

    /** The steps staff take, each towards its status (before the start, or while running for closing early). */
    private Consumer<CourseSession> staffStepTo(SessionStatus target) {
        return switch (target) {
            case OPEN -> session -> session.open(10, before());
            case CLOSED -> session -> session.closeEarly(on(START.plusDays(20), null));
            case CANCELLED -> session -> session.cancel(before());
            case PLANNED, RUNNING -> session -> session.moveTo(target);
        };
    }

    @ParameterizedTest
    @EnumSource(SessionStatus.class)
    void everyStaffStepIsTakenAndRecordedWhenAllowedAndRefusedWithNothingChangedOtherwise(SessionStatus from) {
        Set<SessionStatus> allowed = switch (from) {
            case PLANNED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(CANCELLED);
            case RUNNING -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(SessionStatus.class);
        };
        for (SessionStatus to : EnumSet.of(OPEN, CLOSED, CANCELLED)) {
            CourseSession session = at(from);
            int events = session.history().size();
            if (allowed.contains(to)) {
                staffStepTo(to).accept(session);
                assertEquals(to, session.status(), from + " -> " + to);
                assertEquals(events + 1, session.history().size());
                SessionEvent last = session.history().get(events);
                assertEquals(from, last.from());
                assertEquals(to, last.to());
                assertEquals("staff.digitalcity", last.actor());
            } else {
                BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                        () -> staffStepTo(to).accept(session), from + " -> " + to);
                assertInstanceOf(ClashException.class, refused, "answered 409");
                assertEquals("session.status.transition", refused.messageKey());
                assertEquals(from, session.status(), "a refused step changes nothing");
                assertEquals(events, session.history().size(), "and records nothing");
            }
        }
        assertEquals(allowed, at(from).staffSteps());
    }

    @Test
    void theStepByStepMachineIsExactlyThis() {
        assertEquals(EnumSet.of(OPEN, CANCELLED), PLANNED.next());
        assertEquals(EnumSet.of(RUNNING, CANCELLED), OPEN.next());
        assertEquals(EnumSet.of(CLOSED, CANCELLED), RUNNING.next());
        assertTrue(CLOSED.next().isEmpty() && CANCELLED.next().isEmpty());
        assertTrue(CLOSED.isFinal() && CANCELLED.isFinal());
        assertFalse(PLANNED.isFinal() || OPEN.isFinal() || RUNNING.isFinal());
    }

    @Test
    void opensOnlyWithARoomATrainerAScheduledMeetingAndBeforeItsEnd() {
        CourseSession noRoom = new CourseSession(course, digitalcity, null, new DateRange(START, END), 12, Language.FR);
        noRoom.assignTrainers(List.of(trainer));
        assertEquals("session.open.roomRequired",
                assertThrows(ClashException.class, () -> noRoom.open(3, before())).messageKey());
        CourseSession noTrainer = new CourseSession(course, digitalcity, lab, new DateRange(START, END), 12, Language.FR);
        assertEquals("session.open.trainerRequired",
                assertThrows(ClashException.class, () -> noTrainer.open(3, before())).messageKey());
        assertEquals("session.open.meetingRequired",
                assertThrows(ClashException.class, () -> ready().open(0, before())).messageKey());
        assertEquals("session.open.over",
                assertThrows(ClashException.class, () -> ready().open(3, on(END.plusDays(1), null))).messageKey());
        for (CourseSession refused : List.of(noRoom, noTrainer)) {
            assertEquals(PLANNED, refused.status());
            assertTrue(refused.history().isEmpty());
        }
    }

    @Test
    void theCalendarRunsASessionFromItsFirstDayAndClosesItAfterItsLastIdempotently() {
        CourseSession session = at(OPEN);
        assertFalse(session.followCalendar(on(START.minusDays(1), null)), "the day before: still open");
        assertEquals(OPEN, session.status());
        assertTrue(session.followCalendar(on(START, null)), "its first day: running");
        assertEquals(RUNNING, session.status());
        assertFalse(session.followCalendar(on(START, null)), "the same day again: nothing");
        assertFalse(session.followCalendar(on(END, null)), "its last day: still running");
        assertTrue(session.followCalendar(on(END.plusDays(1), null)), "the day after: closed");
        assertEquals(CLOSED, session.status());
        assertFalse(session.followCalendar(on(END.plusDays(2), null)));
        List<SessionEvent> history = session.history();
        assertEquals(List.of(SessionEventKind.OPENED, SessionEventKind.STARTED, SessionEventKind.CLOSED),
                history.stream().map(SessionEvent::kind).toList());
        assertEquals(RUNNING, history.get(2).from());
    }

    @Test
    void aPlannedSessionNeverOpenedRunsAndClosesByTheCalendarToo() {
        CourseSession session = at(PLANNED);
        assertTrue(session.followCalendar(on(END.plusDays(1), null)));
        assertEquals(CLOSED, session.status());
        assertEquals(PLANNED, session.history().get(0).from());
        assertEquals(RUNNING, PLANNED.dueOn(START, END, START));
        assertEquals(PLANNED, PLANNED.dueOn(START, END, START.minusDays(1)));
    }

    @Test
    void theCalendarLeavesClosedAndCancelledSessionsAsTheyAre() {
        CourseSession cancelled = at(CANCELLED);
        assertFalse(cancelled.followCalendar(on(END.plusDays(5), null)));
        assertEquals(CANCELLED, cancelled.status());
        CourseSession closedEarly = at(RUNNING);
        closedEarly.closeEarly(on(START.plusDays(3), "group too small"));
        assertFalse(closedEarly.followCalendar(on(END.plusDays(5), null)));
        assertEquals(SessionEventKind.CLOSED_EARLY, closedEarly.history().get(1).kind());
    }

    @Test
    void cancellingNeedsAReasonAndKeepsItWithItsDay() {
        CourseSession session = at(RUNNING);
        assertEquals("session.reason.required",
                assertThrows(BusinessRuleException.class, () -> session.cancel(on(START.plusDays(9), "  "))).messageKey());
        assertEquals(RUNNING, session.status());
        session.cancel(on(START.plusDays(9), "trainer left"));
        assertEquals(CANCELLED, session.status());
        assertEquals(START.plusDays(9), session.cancelledOn());
        assertEquals("trainer left", session.cancellationReason());
        assertEquals("trainer left", session.history().get(1).reason());
    }

    @Test
    void aClosedOrCancelledSessionIsFrozenButForAnAdministratorsCorrectionWithAReason() {
        CourseSession session = at(CANCELLED);
        assertEquals("session.frozen",
                assertThrows(ClashException.class, () -> session.requireChangeable(false)).messageKey());
        session.requireChangeable(true);
        assertEquals("session.reason.required", assertThrows(BusinessRuleException.class,
                () -> session.correct(PLANNED, on(START.minusDays(5), null))).messageKey());
        assertEquals("session.status.transition", assertThrows(ClashException.class,
                () -> session.correct(CANCELLED, on(START.minusDays(5), "again"))).messageKey());
        session.correct(PLANNED, on(START.minusDays(5), "cancelled by mistake"));
        assertEquals(PLANNED, session.status());
        assertNull(session.cancelledOn());
        assertNull(session.cancellationReason());
        SessionEvent correction = session.history().get(session.history().size() - 1);
        assertEquals(SessionEventKind.CORRECTED, correction.kind());
        assertEquals(CANCELLED, correction.from());
        assertEquals("cancelled by mistake", correction.reason());
        assertEquals("session.correction.notFrozen", assertThrows(ClashException.class,
                () -> session.correct(OPEN, on(START.minusDays(5), "x"))).messageKey());
        ready().requireChangeable(false);
    }

    @Test
    void anAdministratorsChangeToAPastMeetingIsRecordedWithItsReason() {
        CourseSession session = at(RUNNING);
        assertEquals("session.reason.required", assertThrows(BusinessRuleException.class,
                () -> session.recordPastMeetingChange(SessionEventKind.PAST_MEETING_CANCELLED, 7,
                        on(START.plusDays(8), null))).messageKey());
        session.recordPastMeetingChange(SessionEventKind.PAST_MEETING_CANCELLED, 7, on(START.plusDays(8), "typo"));
        SessionEvent last = session.history().get(session.history().size() - 1);
        assertEquals(7L, last.meetingId());
        assertEquals(RUNNING, session.status());
    }

    @Test
    void aChangeIsMadeOnItsDayInBrussels() {
        SessionChange lateEvening = new SessionChange("x", OffsetDateTime.parse("2041-03-03T23:30:00Z"), null);
        assertEquals(LocalDate.parse("2041-03-04"), lateEvening.today());
    }
}
