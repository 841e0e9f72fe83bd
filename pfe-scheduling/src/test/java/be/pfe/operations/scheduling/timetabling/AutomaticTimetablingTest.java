package be.pfe.operations.scheduling.timetabling;

import be.pfe.operations.scheduling.ServiceGraph;
import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.timetabling.JpaTimetablingJobs;
import be.pfe.operations.domain.timetabling.TimetablingJob;
import be.pfe.operations.domain.timetabling.TimetablingJobStatus;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Automatic timetabling of a term against the real PostgreSQL: the problem built from the timetable, jobs solved
 * in the background with progress and stop, the proposal kept apart until applied in one transaction or discarded.
 */
class AutomaticTimetablingTest {

    /** Sixteen weeks: a course of 120 hours needs three lessons a week. */
    private static final DateRange TERM = new DateRange(LocalDate.parse("2029-09-03"), LocalDate.parse("2029-12-21"));
    private static final WeeklySlot MONDAY_MORNING = WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:30");

    private final TestDatabase database = TestDatabase.shared();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Long> unplaced = new ArrayList<>();
    private long placedSession;
    private long anna;

    @BeforeEach
    void aTermWithThreeUnplacedSessionsAndOnePlaced() {
        database.deleteOperationalData();
        database.transact(em -> {
            Room lab1 = lab(em, "D-LAB1");
            lab(em, "D-LAB2");
            Fixtures.room(em, "DIGITALCITY", "D-CLASS", 24, RoomType.CLASSROOM);
            Course web = Fixtures.course(em, "DIG-WEB");
            web.needsRoom(RoomType.LAB, Set.of("pc"));
            Course office = Fixtures.course(em, "DIG-OFFICE");
            Trainer annaT = trainer(em, "ANNA", web, office);
            trainer(em, "BEN", web);
            trainer(em, "CARLA", office);
            CourseSession placed = new CourseSession(web, lab1.centre(), lab1, TERM, 12, Language.FR);
            placed.assignTrainers(List.of(annaT));
            em.persist(placed);
            for (Course course : List.of(web, web, office)) {
                CourseSession session = new CourseSession(course, lab1.centre(), null, TERM, 14, Language.FR);
                em.persist(session);
                em.flush();
                unplaced.add(session.id());
            }
            em.flush();
            placedSession = placed.id();
            anna = annaT.id();
        });
        inTransaction(em -> timetabling(em).setWeeklyPattern(placedSession, List.of(MONDAY_MORNING), null));
    }

    @AfterEach
    void stopThreads() {
        executor.shutdownNow();
    }

    private static Room lab(EntityManager em, String code) {
        Room lab = Fixtures.room(em, "DIGITALCITY", code, 16, RoomType.LAB);
        lab.equip("pc");
        return lab;
    }

    private static Trainer trainer(EntityManager em, String code, Course... courses) {
        Trainer trainer = new Trainer(code, "Trainer " + code, Fixtures.partner(em, "BRUXELLES_FORMATION"));
        trainer.worksAt(Fixtures.centre(em, "DIGITALCITY"));
        for (Course course : courses) {
            trainer.qualifyFor(course);
        }
        em.persist(trainer);
        return trainer;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return database.inTransaction(work);
    }

    private static SessionTimetabling timetabling(EntityManager em) {
        return ServiceGraph.sessionTimetabling(em);
    }

    private static TermTimetables terms(EntityManager em) {
        return new TermTimetables(em, timetabling(em));
    }

    private <T> T withService(Function<AutomaticTimetabling, T> work) {
        return inTransaction(em -> work.apply(new AutomaticTimetabling(em, new JpaTimetablingJobs(em),
                new JpaCentres(em), terms(em))));
    }

    private TimetablingJobRunner runner() {
        return new TimetablingJobRunner(new TimetablingJobRunner.StoreAccess() {
            @Override
            public <T> T call(Function<TimetablingJobStore, T> work) {
                return inTransaction(em -> work.apply(new TimetablingJobStore(new JpaTimetablingJobs(em), terms(em))));
            }
        }, executor);
    }

    private long request(Duration timeLimit) {
        return withService(service -> service.request("DIGITALCITY", TERM, timeLimit, "planner")).id();
    }

    private TimetablingJob job(long id) {
        return withService(service -> {
            TimetablingJob job = service.job(id);
            job.proposal(); // read the proposal inside the transaction
            job.violations();
            return job;
        });
    }

    private TimetablingJob awaitJob(long id, Predicate<TimetablingJob> condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        TimetablingJob job = job(id);
        while (!condition.test(job)) {
            assertTrue(System.nanoTime() < deadline, "job " + id + " still " + job.status() + " after " + within);
            Thread.sleep(100);
            job = job(id);
        }
        return job;
    }

    private List<Integer> patternSizes() {
        return inTransaction(em -> unplaced.stream()
                .map(id -> em.find(CourseSession.class, id).weeklyPattern().size()).toList());
    }

    @Test
    void aJobsRecordsAreFoundByIdForItsViewAndUnknownIdsAreLeftOut() {
        long room = inTransaction(em -> em.find(CourseSession.class, placedSession).room().id());
        String names = withService(service -> {
            JobRecords records = service.records(Set.of(placedSession, unplaced.get(0), 999_999L), Set.of(room),
                    Set.of(anna));
            assertEquals(Set.of(placedSession, unplaced.get(0)), records.sessions().keySet());
            assertEquals(Set.of(), service.records(Set.of(), Set.of(), Set.of()).rooms().keySet());
            return records.sessions().get(placedSession).course().code() + " " + records.rooms().get(room).code()
                    + " " + records.trainers().get(anna).name();
        });
        assertEquals("DIG-WEB D-LAB1 Trainer ANNA", names);
    }

    @Test
    void theProblemPlacesTheUnplacedSessionsAroundThePlacedOne() {
        TermProblem problem = inTransaction(em -> terms(em).problem("DIGITALCITY", TERM));
        assertEquals(3, problem.sessionsToPlace());
        assertEquals(9, problem.lessonsToPlace(), "120 hours over 16 weeks: three lessons a week each");
        List<Lesson> pinned = problem.timetable().getLessons().stream().filter(Lesson::isPinned).toList();
        assertEquals(1, pinned.size());
        assertEquals(String.valueOf(placedSession), pinned.get(0).getSessionId());
        TimetableTrainer annaInSolver = problem.timetable().getTrainers().stream()
                .filter(trainer -> trainer.id().equals(String.valueOf(anna))).findFirst().orElseThrow();
        assertFalse(annaInSolver.isAvailableAt(be.pfe.operations.scheduling.timetabling.TimetableSlot.of(
                DayOfWeek.MONDAY, "09:00", "12:30")), "Anna teaches the placed session on Monday mornings");
        assertTrue(annaInSolver.isAvailableAt(be.pfe.operations.scheduling.timetabling.TimetableSlot.of(
                DayOfWeek.MONDAY, "13:30", "16:00")));
    }

    @Test
    void aJobSolvedInTheBackgroundProposesAndApplyingWritesTheWholeProposalInOneGo() throws Exception {
        long id = request(Duration.ofSeconds(5));
        assertEquals(TimetablingJobStatus.QUEUED, job(id).status());
        runner().wake();
        TimetablingJob proposed = awaitJob(id, job -> job.status() == TimetablingJobStatus.PROPOSED, Duration.ofSeconds(40));
        assertEquals(0, proposed.hardScore(), "no hard conflict left");
        assertEquals(9, proposed.proposal().size());
        assertNotNull(proposed.firstFeasibleMillis());
        assertEquals(List.of(0, 0, 0), patternSizes(), "a proposal changes nothing until it is applied");

        withService(service -> service.apply(id, null, "planner"));

        assertEquals(TimetablingJobStatus.APPLIED, job(id).status());
        assertEquals(List.of(3, 3, 3), patternSizes());
        inTransaction(em -> {
            for (long session : unplaced) {
                CourseSession placed = em.find(CourseSession.class, session);
                assertNotNull(placed.room(), "each session got a room");
                assertFalse(placed.trainers().isEmpty(), "and a trainer");
                assertEquals(3 * 16 - closedWeekdays(placed), new JpaMeetings(em).ofSession(session).size());
            }
            return null;
        });
        BusinessRuleException twice = assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.apply(id, null, "planner")));
        assertEquals("timetabling.job.notInStatus", twice.messageKey());
    }

    /** Public holidays in the term fall on the weekdays the session meets: 1 and 11 November 2029 (Thursday, Sunday). */
    private static int closedWeekdays(CourseSession session) {
        return (int) session.weeklyPattern().stream()
                .filter(slot -> slot.day() == LocalDate.parse("2029-11-01").getDayOfWeek())
                .count();
    }

    @Test
    void applyingIsRefusedWhenASessionWasPlacedMeanwhileAndNothingIsWritten() throws Exception {
        long id = request(Duration.ofSeconds(5));
        runner().wake();
        awaitJob(id, job -> job.status() == TimetablingJobStatus.PROPOSED, Duration.ofSeconds(40));
        inTransaction(em -> timetabling(em).setWeeklyPattern(unplaced.get(2),
                List.of(WeeklySlot.of(DayOfWeek.FRIDAY, "13:30", "16:00")), null));

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.apply(id, null, "planner")));

        assertEquals("timetabling.apply.sessionChanged", refused.messageKey());
        assertEquals(List.of(0, 0, 1), patternSizes(), "the sessions placed before the refusal were rolled back");
        assertEquals(TimetablingJobStatus.PROPOSED, job(id).status());
        withService(service -> service.discard(id, "planner"));
        assertEquals(TimetablingJobStatus.DISCARDED, job(id).status());
        assertEquals(List.of(0, 0, 1), patternSizes());
    }

    @Test
    void aRunningJobStopsEarlyAndKeepsItsBestTimetable() throws Exception {
        long id = request(Duration.ofSeconds(120));
        TimetablingJobRunner runner = runner();
        runner.wake();
        awaitJob(id, job -> job.status() == TimetablingJobStatus.SOLVING && job.hardScore() != null, Duration.ofSeconds(30));
        long asked = System.nanoTime();
        withService(service -> service.stop(id, "planner"));
        TimetablingJob stopped = awaitJob(id, job -> job.status() == TimetablingJobStatus.PROPOSED, Duration.ofSeconds(20));
        assertTrue(Duration.ofNanos(System.nanoTime() - asked).compareTo(Duration.ofSeconds(20)) < 0);
        assertEquals(9, stopped.proposal().size(), "the best timetable found so far is the proposal");
        assertFalse(runner.isBusy() && job(id).status() == TimetablingJobStatus.SOLVING);
    }

    @Test
    void theQueueIsBoundedAndAQueuedJobCanBeCancelled() {
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < AutomaticTimetabling.MOST_ACTIVE_JOBS; i++) {
            queued.add(request(Duration.ofSeconds(5)));
        }
        BusinessRuleException full = assertThrows(BusinessRuleException.class, () -> request(Duration.ofSeconds(5)));
        assertEquals("timetabling.queue.full", full.messageKey());

        withService(service -> service.stop(queued.get(0), "planner"));
        assertEquals(TimetablingJobStatus.CANCELLED, job(queued.get(0)).status());
        request(Duration.ofSeconds(5)); // a place freed up
    }

    @Test
    void badRequestsAreRefusedWithTheirReason() {
        BusinessRuleException tooShort = assertThrows(BusinessRuleException.class, () -> request(Duration.ofSeconds(1)));
        assertEquals("timetabling.job.timeLimit.invalid", tooShort.messageKey());
        BusinessRuleException nothing = assertThrows(BusinessRuleException.class, () -> withService(service ->
                service.request("LOGISTICITY", TERM, Duration.ofSeconds(10), "planner")));
        assertEquals("timetabling.nothingToPlace", nothing.messageKey());
        BusinessRuleException tooLong = assertThrows(BusinessRuleException.class, () -> withService(service ->
                service.request(null, new DateRange(TERM.start(), TERM.start().plusYears(2)), Duration.ofSeconds(10), "planner")));
        assertEquals("timetabling.term.tooLong", tooLong.messageKey());
        assertEquals(0, database.count("timetabling_job"));
    }

    @Test
    void aJobWhoseSolverFellSilentGoesBackToTheQueue() {
        long id = request(Duration.ofSeconds(5));
        inTransaction(em -> new TimetablingJobStore(new JpaTimetablingJobs(em), terms(em)).claimNext());
        assertEquals(TimetablingJobStatus.SOLVING, job(id).status());
        database.execute("update timetabling_job set heartbeat_at = now() - interval '10 minutes' where id = " + id);

        int requeued = inTransaction(em -> new TimetablingJobStore(new JpaTimetablingJobs(em), terms(em))
                .requeueStalled(Duration.ofMinutes(2)));

        assertEquals(1, requeued);
        assertEquals(TimetablingJobStatus.QUEUED, job(id).status());
    }

    @Test
    void whenATrainerFallsIllTheirSessionsGetAnotherTrainerAtTheSameTimes() throws Exception {
        long id = withService(service -> service.requestReplanning("ANNA", TERM, Duration.ofSeconds(5), "planner")).id();
        runner().wake();
        TimetablingJob proposed = awaitJob(id, job -> job.status() == TimetablingJobStatus.PROPOSED, Duration.ofSeconds(40));
        assertEquals(0, proposed.hardScore(), "Ben teaches the course and is free on Monday mornings");
        assertEquals(1, proposed.sessionsToPlace());
        assertEquals(1, proposed.proposal().size());
        assertEquals(MONDAY_MORNING, proposed.proposal().get(0).slot(), "the session keeps its times");
        int meetingsBefore = inTransaction(em -> new JpaMeetings(em).ofSession(placedSession).size());

        withService(service -> service.apply(id, null, "planner"));

        inTransaction(em -> {
            CourseSession session = em.find(CourseSession.class, placedSession);
            assertEquals(List.of("BEN"), session.trainers().stream().map(Trainer::code).toList());
            assertEquals("D-LAB1", session.room().code(), "and its room");
            assertEquals(meetingsBefore, new JpaMeetings(em).ofSession(placedSession).size(), "and its meetings");
            return null;
        });
        BusinessRuleException nothing = assertThrows(BusinessRuleException.class, () -> withService(service ->
                service.requestReplanning("CARLA", TERM, Duration.ofSeconds(5), "planner")));
        assertEquals("timetabling.replanning.nothingTaught", nothing.messageKey());
        BusinessRuleException unknown = assertThrows(BusinessRuleException.class, () -> withService(service ->
                service.requestReplanning("NOBODY", TERM, Duration.ofSeconds(5), "planner")));
        assertEquals("trainer.unknown", unknown.messageKey());
    }

    @Test
    void aReplanningIsRefusedWhenTheSessionChangedTrainerMeanwhile() throws Exception {
        long id = withService(service -> service.requestReplanning("ANNA", TERM, Duration.ofSeconds(5), "planner")).id();
        runner().wake();
        awaitJob(id, job -> job.status() == TimetablingJobStatus.PROPOSED, Duration.ofSeconds(40));
        database.execute("delete from session_trainer where session_id = " + placedSession);

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> withService(service -> service.apply(id, null, "planner")));

        assertEquals("timetabling.apply.sessionChanged", refused.messageKey());
        assertEquals(TimetablingJobStatus.PROPOSED, job(id).status());
    }
}
