package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.scheduling.ServiceGraph;
import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Giving sessions their weekly times, with the centres' conflict policies, against the real PostgreSQL. */
class SessionTimetablingTest {

    private static final DateRange NOVEMBER = new DateRange(LocalDate.parse("2027-11-01"), LocalDate.parse("2027-11-30"));
    private static final DayOfWeek ARMISTICE_DAY = LocalDate.parse("2027-11-11").getDayOfWeek();

    private final TestDatabase database = TestDatabase.shared();
    private long firstSession;
    private long secondSession;

    @BeforeEach
    void twoSessionsInOneRoom() {
        database.deleteOperationalData();
        database.transact(em -> {
            Room classroom = Fixtures.room(em, "CONSTRUCITY", "C-C01", 16);
            Course masonry = Fixtures.course(em, "CON-MAC-01");
            Trainer lucas = new Trainer("LUCAS", "Lucas D.", Fixtures.partner(em, "SFPME"));
            em.persist(lucas);
            CourseSession first = new CourseSession(masonry, classroom.centre(), classroom, NOVEMBER, 12, Language.FR);
            CourseSession second = new CourseSession(masonry, classroom.centre(), classroom, NOVEMBER, 12, Language.NL);
            second.assignTrainers(List.of(lucas));
            em.persist(first);
            em.persist(second);
            em.flush();
            firstSession = first.id();
            secondSession = second.id();
        });
    }

    private <T> T withService(Function<SessionTimetabling, T> work) {
        return database.inTransaction(em -> work.apply(service(em)));
    }

    /** The use case on a test entity manager, wired as the container does. */
    static SessionTimetabling service(EntityManager em) {
        return ServiceGraph.sessionTimetabling(em);
    }

    private List<Meeting> meetingsOf(long session) {
        return database.inTransaction(em -> new JpaMeetings(em).ofSession(session));
    }

    @Test
    void generatesTheMeetingsOfThePatternSkippingPublicHolidays() {
        List<MeetingTime> planned = withService(service -> service.setWeeklyPattern(firstSession,
                List.of(new WeeklySlot(ARMISTICE_DAY, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 30))),
                null));
        assertEquals(3, planned.size(), "four such weekdays in November 2027, one of them 11 November");
        assertFalse(planned.stream().anyMatch(m -> m.date().equals(LocalDate.parse("2027-11-11"))));
        assertEquals(planned, meetingsOf(firstSession).stream().map(Meeting::time).toList());
    }

    @Test
    void aBlockedConflictRefusesTheChangeAndKeepsWhatWasThere() {
        withService(service -> service.setWeeklyPattern(firstSession,
                List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:30")), null));
        withService(service -> service.setWeeklyPattern(secondSession,
                List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "12:30")),
                new ConflictGate.Acceptance("coordinator@construcity", "Lucas est en cours de qualification")));
        List<MeetingTime> before = meetingsOf(secondSession).stream().map(Meeting::time).toList();

        SchedulingConflictException refused = assertThrows(SchedulingConflictException.class,
                () -> withService(service -> service.setWeeklyPattern(secondSession,
                        List.of(WeeklySlot.of(DayOfWeek.MONDAY, "12:00", "16:00")), null)));

        assertEquals("conflict.blocking", refused.messageKey());
        assertEquals(4, refused.blocking().size(), "each Monday of November 2027 clashes (1 November, All Saints, is skipped)");
        assertTrue(refused.blocking().stream().allMatch(c -> c.kind() == ConflictKind.ROOM_DOUBLE_BOOKED
                && c.otherSessionId() == firstSession));
        assertEquals(before, meetingsOf(secondSession).stream().map(Meeting::time).toList());
        assertEquals(List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "12:30")),
                database.inTransaction(em -> em.find(CourseSession.class, secondSession).weeklyPattern()));
    }

    @Test
    void aWarningIsSavedOnlyOnceAcceptedWithAReasonThatIsRecorded() {
        List<WeeklySlot> wednesday = List.of(WeeklySlot.of(DayOfWeek.WEDNESDAY, "13:30", "16:00"));
        SchedulingConflictException warned = assertThrows(SchedulingConflictException.class,
                () -> withService(service -> service.setWeeklyPattern(secondSession, wednesday, null)));
        assertEquals("conflict.warningsToAccept", warned.messageKey());
        assertEquals(List.of(ConflictKind.TRAINER_NOT_QUALIFIED),
                warned.warnings().stream().map(Conflict::kind).toList());
        assertEquals(List.of(), meetingsOf(secondSession));

        withService(service -> service.setWeeklyPattern(secondSession, wednesday,
                new ConflictGate.Acceptance("coordinator@construcity", "Qualification en cours, validée en décembre")));

        assertEquals(4, meetingsOf(secondSession).size());
        assertEquals(1L, database.count("accepted_conflict"));
        database.transact(em -> {
            Object[] row = (Object[]) em.createNativeQuery(
                    "select kind, reason, accepted_by from accepted_conflict").getSingleResult();
            assertEquals("TRAINER_NOT_QUALIFIED", row[0]);
            assertEquals("Qualification en cours, validée en décembre", row[1]);
            assertEquals("coordinator@construcity", row[2]);
        });
    }

    @Test
    void aCentreMayBlockWhatIsOnlyAWarningElsewhere() {
        database.transact(em -> new ConflictPolicy(em).choose("CONSTRUCITY", ConflictKind.TRAINER_NOT_QUALIFIED,
                ConflictMode.BLOCK));
        SchedulingConflictException refused = assertThrows(SchedulingConflictException.class,
                () -> withService(service -> service.setWeeklyPattern(secondSession,
                        List.of(WeeklySlot.of(DayOfWeek.WEDNESDAY, "13:30", "16:00")),
                        new ConflictGate.Acceptance("coordinator@construcity", "On essaie quand même"))));
        assertEquals(List.of(ConflictKind.TRAINER_NOT_QUALIFIED),
                refused.blocking().stream().map(Conflict::kind).distinct().toList());
        assertEquals(0L, database.count("accepted_conflict"));
        assertEquals(ConflictMode.BLOCK, database.inTransaction(em -> new ConflictPolicy(em).of("CONSTRUCITY")
                .get(ConflictKind.TRAINER_NOT_QUALIFIED)));
        assertEquals(ConflictMode.WARN, database.inTransaction(em -> new ConflictPolicy(em).of("DIGITALCITY")
                .get(ConflictKind.TRAINER_NOT_QUALIFIED)));
    }

    @Test
    void aMeetingMovedOntoAPublicHolidayIsRefusedAndStaysWhereItWas() {
        withService(service -> service.setWeeklyPattern(firstSession,
                List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "12:30")), null));
        Meeting first = meetingsOf(firstSession).get(0);
        MeetingTime armistice = new MeetingTime(LocalDate.parse("2027-11-11"), java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(12, 30));

        SchedulingConflictException refused = assertThrows(SchedulingConflictException.class,
                () -> withService(service -> service.moveMeeting(first.id(), armistice, null)));
        assertEquals(ConflictKind.CLOSED_DAY, refused.blocking().get(0).kind());
        assertEquals(first.time(), meetingsOf(firstSession).get(0).time());

        MeetingTime makeUp = new MeetingTime(LocalDate.parse("2027-11-12"), java.time.LocalTime.of(13, 0),
                java.time.LocalTime.of(16, 0));
        withService(service -> service.moveMeeting(first.id(), makeUp, null));
        assertTrue(meetingsOf(firstSession).stream().anyMatch(m -> m.time().equals(makeUp)));
    }

    @Test
    void anAcceptanceNeedsAReasonAndSomeone() {
        assertEquals("conflict.acceptance.reasonInvalid", assertThrows(BusinessRuleException.class,
                () -> new ConflictGate.Acceptance("coordinator", "  ")).messageKey());
        assertEquals("conflict.acceptance.whoRequired", assertThrows(BusinessRuleException.class,
                () -> new ConflictGate.Acceptance(null, "Parce que")).messageKey());
    }

    @Test
    void ofManySessionsGivenTheSameRoomAtTheSameTimeAtOnceExactlyOneGetsIt() throws Exception {
        int people = 6;
        List<Long> contenders = database.inTransaction(em -> {
            CourseSession first = em.find(CourseSession.class, firstSession);
            Room classroom = first.room();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                CourseSession session = new CourseSession(first.course(), classroom.centre(), classroom,
                        new DateRange(LocalDate.parse("2039-01-03"), LocalDate.parse("2039-01-28")), 10, Language.FR);
                em.persist(session);
                em.flush();
                ids.add(session.id());
            }
            return ids;
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        try {
            List<Future<List<MeetingTime>>> attempts = new ArrayList<>();
            for (long session : contenders) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return withService(service -> service.setWeeklyPattern(session,
                            List.of(WeeklySlot.of(DayOfWeek.WEDNESDAY, "09:00", "12:30")), null));
                }));
            }
            start.countDown();
            int booked = 0;
            for (Future<List<MeetingTime>> attempt : attempts) {
                try {
                    attempt.get();
                    booked++;
                } catch (ExecutionException e) {
                    SchedulingConflictException refused = assertInstanceOf(SchedulingConflictException.class,
                            e.getCause());
                    assertEquals(Set.of(ConflictKind.ROOM_DOUBLE_BOOKED),
                            refused.blocking().stream().map(Conflict::kind).collect(Collectors.toSet()));
                }
            }
            assertEquals(1, booked, "the room row is locked before the check: the others see the first one's meetings");
            assertEquals(4L, database.count("meeting"), "four Wednesdays in January 2039, booked once");
        } finally {
            pool.shutdownNow();
        }
    }
}
