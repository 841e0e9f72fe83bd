package be.pfe.operations.scheduling.validation;

import be.pfe.operations.scheduling.ServiceGraph;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.course.JpaCourses;
import be.pfe.operations.domain.enrolment.JpaEnrolments;
import be.pfe.operations.domain.learner.JpaLearners;
import be.pfe.operations.domain.room.JpaRooms;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;
import be.pfe.operations.domain.trainer.JpaTrainers;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.domain.validation.JpaValidationCandidates;
import be.pfe.operations.domain.validation.ValidationCandidate;
import be.pfe.operations.domain.validation.ValidationResult;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.partner.JpaPartnerOrganisations;
import be.pfe.operations.scheduling.conflict.Conflict;
import be.pfe.operations.scheduling.conflict.ConflictKind;
import be.pfe.operations.scheduling.conflict.SchedulingConflictException;
import be.pfe.operations.scheduling.seats.EnrolmentWorkflow;
import be.pfe.operations.scheduling.seats.Seating;
import be.pfe.operations.scheduling.session.SessionPlanning;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Skills validation sessions against the real PostgreSQL: planned through the session planning and the one conflict
 * detection (a lab or an assessor taken by a course session or by another validation is refused, explained), their
 * candidates up to the seats, and their results with certificates.
 */
class ValidationSessionsTest {

    private static final LocalDate TEST_DAY = LocalDate.of(2047, 3, 10);
    private static final String UNIT = "VAL-DEV-WEB-2047";

    private final TestDatabase database = TestDatabase.shared();
    private final Seating seating = new Seating(database, Seating.clockOn(LocalDate.of(2047, 1, 5)));
    private long courseSession;

    @BeforeEach
    void aCourseTaughtByTheAssessorAndAValidationUnit() {
        database.deleteOperationalData();
        courseSession = database.inTransaction(em -> {
            Room classroom = Fixtures.room(em, "DIGITALCITY", "D-101", 16);
            Fixtures.room(em, "DIGITALCITY", "D-VAL", 6, RoomType.LAB);
            Course course = Fixtures.course(em, "DIG-WEB-2047");
            Course unit = Course.validationUnit(UNIT, new LocalizedText("Développer une page web",
                    "Een webpagina ontwikkelen", "Develop a web page"), Sector.DIGITAL, 4,
                    Fixtures.partner(em, "BRUXELLES_FORMATION"), "Web developer");
            em.persist(unit);
            Trainer assessor = new Trainer("ASSESSOR-2047", "Assessor A.", Fixtures.partner(em, "BRUXELLES_FORMATION"));
            assessor.worksAt(classroom.centre());
            assessor.qualifyFor(course);
            assessor.qualifyFor(unit);
            em.persist(assessor);
            CourseSession training = new CourseSession(course, classroom.centre(), classroom,
                    new DateRange(TEST_DAY.minusDays(7), TEST_DAY.plusDays(30)), 12, Language.FR);
            training.assignTrainers(List.of(assessor));
            em.persist(training);
            em.flush();
            em.persist(new Meeting(training, new MeetingTime(TEST_DAY, LocalTime.of(9, 0), LocalTime.of(12, 30))));
            return training.id();
        });
    }

    static ValidationPlanning planning(EntityManager em) {
        return new ValidationPlanning(em, new JpaCourses(em), new JpaTrainers(em),
                new SessionPlanning(new JpaCentres(em), new JpaCourses(em), new JpaRooms(em), new JpaCourseSessions(em)),
                ServiceGraph.sessionTimetabling(em));
    }

    private static ValidationCandidacies candidacies(EntityManager em, Clock clock) {
        return new ValidationCandidacies(new JpaValidationCandidates(em), new JpaEnrolments(em),
                new JpaCourseSessions(em), new JpaLearners(em), clock);
    }

    private static PlanValidation request(String room, String start, String end, int seats) {
        return new PlanValidation("DIGITALCITY", UNIT, room, "ASSESSOR-2047", TEST_DAY, LocalTime.parse(start),
                LocalTime.parse(end), seats, Language.FR);
    }

    private long plan(PlanValidation request) {
        return database.inTransaction(em -> planning(em).plan(request, null).id());
    }

    private <T> T candidates(Clock clock, Function<ValidationCandidacies, T> work) {
        return database.inTransaction(em -> work.apply(candidacies(em, clock)));
    }

    @Test
    void aRetiredUnitIsPlannedNoMore() {
        database.transact(em -> new JpaCourses(em).byCode(UNIT).orElseThrow().retire("staff", TEST_DAY.minusDays(30)));
        long sessionsBefore = database.count("course_session");
        be.pfe.operations.domain.shared.BusinessRuleException refused = assertThrows(
                be.pfe.operations.domain.shared.BusinessRuleException.class,
                () -> plan(request("D-VAL", "13:30", "16:00", 4)));
        assertEquals("course.retired.notPlannable", refused.messageKey());
        assertEquals("unit", refused.field());
        assertEquals(sessionsBefore, database.count("course_session"), "nothing planned");
    }

    @Test
    void anAssessorTeachingACourseAtThatTimeIsRefusedWithTheConflictExplained() {
        long sessionsBefore = database.count("course_session");

        SchedulingConflictException refused = assertThrows(SchedulingConflictException.class,
                () -> plan(request("D-VAL", "10:00", "12:00", 4)));

        assertEquals("conflict.blocking", refused.messageKey());
        assertEquals(1, refused.blocking().size());
        Conflict clash = refused.blocking().get(0);
        assertEquals(ConflictKind.TRAINER_DOUBLE_BOOKED, clash.kind());
        assertEquals(courseSession, clash.otherSessionId());
        assertEquals(TEST_DAY, clash.meeting().date());
        assertEquals(sessionsBefore, database.count("course_session"), "nothing planned");
        assertEquals(1L, database.count("meeting"));
    }

    @Test
    void aLabTakenByAnotherValidationAtThatTimeIsRefused() {
        long first = plan(request("D-VAL", "13:30", "15:30", 4));
        database.transact(em -> {
            Trainer other = new Trainer("ASSESSOR-B-2047", "Assessor B.", Fixtures.partner(em, "BRUXELLES_FORMATION"));
            other.qualifyFor(new JpaCourses(em).byCode(UNIT).orElseThrow());
            em.persist(other);
        });

        SchedulingConflictException refused = assertThrows(SchedulingConflictException.class,
                () -> plan(new PlanValidation("DIGITALCITY", UNIT, "D-VAL", "ASSESSOR-B-2047", TEST_DAY,
                        LocalTime.of(15, 0), LocalTime.of(16, 0), 4, Language.FR)));

        assertEquals(List.of(ConflictKind.ROOM_DOUBLE_BOOKED), refused.blocking().stream().map(Conflict::kind).toList());
        assertEquals(first, refused.blocking().get(0).otherSessionId());
    }

    @Test
    void theRoomOfACourseAtThatTimeIsRefusedToo() {
        SchedulingConflictException refused = assertThrows(SchedulingConflictException.class,
                () -> plan(request("D-101", "11:00", "12:00", 4)));
        assertTrue(refused.blocking().stream().anyMatch(c -> c.kind() == ConflictKind.ROOM_DOUBLE_BOOKED
                && c.otherSessionId() == courseSession));
    }

    @Test
    void aFreeLabAndAssessorGiveASessionOfOneDayWithItsTestTime() {
        long session = plan(request("D-VAL", "13:30", "16:00", 4));

        List<ValidationSessionRow> rows = database.inTransaction(em -> planning(em).sessions("DIGITALCITY", TEST_DAY));
        assertEquals(1, rows.size(), "the course session is not a validation");
        ValidationSessionRow row = rows.get(0);
        assertEquals(session, row.sessionId());
        assertEquals(UNIT, row.unitCode());
        assertEquals("Web developer", row.occupation());
        assertEquals(TEST_DAY, row.date());
        assertEquals(LocalTime.of(13, 30), row.start());
        assertEquals("D-VAL", row.roomCode());
        assertEquals("ASSESSOR-2047", row.assessorCode());
        assertEquals(4, row.seatCapacity());
        assertEquals(List.of(), database.inTransaction(em -> planning(em).sessions("TECHNICITY", TEST_DAY)));
    }

    @Test
    void aTrainingCourseIsNoUnitOfCompetenceAndALabIsNeeded() {
        BusinessRuleException training = assertThrows(BusinessRuleException.class, () -> plan(new PlanValidation(
                "DIGITALCITY", "DIG-WEB-2047", "D-VAL", "ASSESSOR-2047", TEST_DAY, LocalTime.of(13, 30),
                LocalTime.of(16, 0), 4, Language.FR)));
        assertEquals("validation.unit.notValidation", training.messageKey());
        BusinessRuleException noLab = assertThrows(BusinessRuleException.class,
                () -> plan(request(null, "13:30", "16:00", 4)));
        assertEquals("validation.room.required", noLab.messageKey());
        BusinessRuleException tooMany = assertThrows(BusinessRuleException.class,
                () -> plan(request("D-VAL", "13:30", "16:00", 7)));
        assertEquals("session.capacity.aboveRoom", tooMany.messageKey());
        assertEquals(1L, database.count("course_session"));
    }

    @Test
    void candidatesUpToTheSeatsEachLearnerOnceAndNoEnrolmentInAValidation() {
        long session = plan(request("D-VAL", "13:30", "16:00", 2));
        long ana = seating.learner(EntryStatus.JOBSEEKER_ACTIRIS);
        long bram = seating.learner(EntryStatus.WORKER);
        long chloe = seating.learner(EntryStatus.STUDENT);
        Clock clock = Seating.clockOn(LocalDate.of(2047, 2, 1));

        candidates(clock, c -> c.add(session, ana, "staff.digitalcity"));
        BusinessRuleException twice = assertThrows(BusinessRuleException.class,
                () -> candidates(clock, c -> c.add(session, ana, "staff.digitalcity")));
        assertEquals("validation.candidate.already", twice.messageKey());
        candidates(clock, c -> c.add(session, bram, "staff.digitalcity"));
        BusinessRuleException full = assertThrows(BusinessRuleException.class,
                () -> candidates(clock, c -> c.add(session, chloe, "staff.digitalcity")));
        assertEquals("validation.session.full", full.messageKey());
        assertEquals(2L, database.count("validation_candidate"));

        BusinessRuleException enrol = assertThrows(BusinessRuleException.class, () -> database.inTransaction(em ->
                new EnrolmentWorkflow(new JpaEnrolments(em), new JpaLearners(em), new JpaPartnerOrganisations(em), clock)
                        .apply(chloe, session, null, "staff.digitalcity")));
        assertEquals("enrolment.session.validation", enrol.messageKey());
        BusinessRuleException notAValidation = assertThrows(BusinessRuleException.class,
                () -> candidates(clock, c -> c.add(courseSession, chloe, "staff.digitalcity")));
        assertEquals("validation.session.notValidation", notAValidation.messageKey());
        assertEquals(0L, database.count("enrolment"));
    }

    @Test
    void resultsOnlyFromTheTestDayCertificatesOnlyOnAPassNumberedUniquely() {
        long session = plan(request("D-VAL", "13:30", "16:00", 4));
        long[] learners = {seating.learner(EntryStatus.JOBSEEKER_ACTIRIS), seating.learner(EntryStatus.WORKER),
                seating.learner(EntryStatus.STUDENT), seating.learner(EntryStatus.WORKER_AT_RISK)};
        Clock before = Seating.clockOn(TEST_DAY.minusDays(1));
        List<Long> ids = candidates(before, c -> java.util.Arrays.stream(learners)
                .mapToObj(l -> c.add(session, l, "staff.digitalcity").id()).toList());

        BusinessRuleException early = assertThrows(BusinessRuleException.class, () -> candidates(before,
                c -> c.recordResults(session, List.of(new CandidateResult(ids.get(0), ValidationResult.PASSED, null,
                        null)), "assessor")));
        assertEquals("validation.result.beforeTest", early.messageKey());

        Clock after = Seating.clockOn(TEST_DAY.plusDays(1));
        List<ValidationCandidate> recorded = candidates(after, c -> c.recordResults(session, List.of(
                new CandidateResult(ids.get(0), ValidationResult.PASSED, null, null),
                new CandidateResult(ids.get(1), ValidationResult.FAILED, "IGNORED-1", TEST_DAY),
                new CandidateResult(ids.get(2), ValidationResult.PASSED, " ", null),
                new CandidateResult(ids.get(3), ValidationResult.ABSENT, null, null)), "assessor"));
        assertEquals("DIGITALCITY-2047-00001", recorded.get(0).certificateNumber());
        assertEquals(TEST_DAY, recorded.get(0).certificateDate());
        assertNull(recorded.get(1).certificateNumber(), "no certificate without a pass");
        assertNull(recorded.get(1).certificateDate());
        assertEquals("DIGITALCITY-2047-00002", recorded.get(2).certificateNumber());
        assertEquals(ValidationResult.ABSENT, recorded.get(3).result());

        // a number typed by staff that another candidate holds is refused, and the whole grid with it
        BusinessRuleException taken = assertThrows(BusinessRuleException.class, () -> candidates(after,
                c -> c.recordResults(session, List.of(
                        new CandidateResult(ids.get(3), ValidationResult.PASSED, "DIGITALCITY-2047-00003", null),
                        new CandidateResult(ids.get(1), ValidationResult.PASSED, "DIGITALCITY-2047-00001", null)),
                        "assessor")));
        assertEquals("validation.certificate.numberTaken", taken.messageKey());
        assertEquals(ValidationResult.ABSENT, candidates(after, c -> c.ofSession(session)).get(3).result());

        // a typed number of its own, and the series goes on after the highest number given
        List<ValidationCandidate> again = candidates(after, c -> c.recordResults(session, List.of(
                new CandidateResult(ids.get(3), ValidationResult.PASSED, "DIGITALCITY-2047-00007", TEST_DAY),
                new CandidateResult(ids.get(1), ValidationResult.PASSED, null, null),
                new CandidateResult(ids.get(0), ValidationResult.PASSED, null, null)), "assessor"));
        assertEquals("DIGITALCITY-2047-00008", again.get(1).certificateNumber());
        assertEquals("DIGITALCITY-2047-00001", again.get(0).certificateNumber(), "a certificate keeps its number");
        assertEquals("DIGITALCITY-2047-00007", again.get(3).certificateNumber());

        BusinessRuleException futureCertificate = assertThrows(BusinessRuleException.class, () -> candidates(after,
                c -> c.recordResults(session, List.of(new CandidateResult(ids.get(2), ValidationResult.PASSED, null,
                        TEST_DAY.minusDays(1))), "assessor")));
        assertEquals("validation.certificate.dateInvalid", futureCertificate.messageKey());
    }
}
