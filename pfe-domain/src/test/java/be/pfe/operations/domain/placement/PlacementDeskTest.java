package be.pfe.operations.domain.placement;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.company.CompanyDetails;
import be.pfe.operations.domain.company.CompanyRegister;
import be.pfe.operations.domain.company.JpaCompanies;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.JpaEnrolments;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Placements on the real PostgreSQL (dates in 2046): overlap, lifecycle, the enrolment rule, refusals. */
class PlacementDeskTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2046, 3, 2);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2046, 2, 20).atTime(10, 0)
            .atZone(Clocks.BRUSSELS).toInstant(), Clocks.BRUSSELS);

    private final TestDatabase database = TestDatabase.shared();
    private long learner;
    private long otherLearner;
    private long company;
    private long enrolment;

    @BeforeEach
    void aLearnerEnrolledInASessionOfMarch2046AndACompany() {
        database.deleteOperationalData();
        database.transact(em -> {
            CourseSession session = new JpaCourseSessions(em).add(new CourseSession(Fixtures.course(em, "TEC-PLC-46"),
                    Fixtures.centre(em, "TECHNICITY"), null, new DateRange(MARCH_2, LocalDate.of(2046, 6, 30)), 12,
                    Language.FR));
            Learner amina = learner(em, "Amina");
            otherLearner = learner(em, "Bram").id();
            learner = amina.id();
            Enrolment applied = new Enrolment(amina, session.id(), null,
                    new Step("staff", OffsetDateTime.now(CLOCK), null));
            enrolment = new JpaEnrolments(em).add(applied).id();
            company = new CompanyRegister(new JpaCompanies(em)).register(new CompanyDetails("0403.170.701",
                    "Soudures Bruxelloises", Sector.TECHNOLOGY_INDUSTRY, null, null, "Anderlecht")).id();
        });
    }

    private static Learner learner(EntityManager em, String givenName) {
        Learner learner = new Learner(new LearnerDetails("Placed", givenName, LocalDate.of(1995, 5, 5), null, null,
                Language.FR, EntryStatus.JOBSEEKER_ACTIRIS, EducationLevel.UPPER_SECONDARY, null), LocalDate.of(2046, 1, 1));
        em.persist(learner);
        em.flush();
        return learner;
    }

    private static PlacementDesk desk(EntityManager em) {
        return new PlacementDesk(new JpaPlacements(em), new JpaCompanies(em), new JpaCentres(em), new JpaEnrolments(em),
                new JpaCourseSessions(em), CLOCK);
    }

    private <T> T atTheDesk(Function<PlacementDesk, T> work) {
        return database.inTransaction(em -> work.apply(desk(em)));
    }

    private PlacementDetails details(long who, Long enrolmentId, LocalDate start, LocalDate end) {
        return new PlacementDetails(who, company, "TECHNICITY", enrolmentId, PlacementType.INDIVIDUAL_VOCATIONAL,
                start, end, 152, "Marc Dupont", "Sofia Coach");
    }

    private long record(long who, LocalDate start, LocalDate end) {
        return atTheDesk(desk -> desk.record(details(who, null, start, end), "staff.technicity").id());
    }

    private static String refusal(Runnable work) {
        return assertThrows(BusinessRuleException.class, work::run).messageKey();
    }

    @Test
    void goesThroughItsWholeLifecycleWithVisitsAndOutcomes() {
        long id = atTheDesk(desk -> desk.record(details(learner, enrolment, MARCH_2, LocalDate.of(2046, 4, 30)),
                "staff.technicity").id());
        assertEquals("placement.visit.draft", refusal(() -> atTheDesk(desk ->
                desk.addVisit(id, LocalDate.of(2046, 3, 10), "Sofia Coach", null, "staff.technicity"))));
        atTheDesk(desk -> desk.sign(id));
        atTheDesk(desk -> desk.start(id));
        atTheDesk(desk -> desk.addVisit(id, LocalDate.of(2046, 3, 16), "Sofia Coach", "settled in well", "staff.technicity"));
        assertEquals("placement.outcome.notFinished", refusal(() -> atTheDesk(desk ->
                desk.recordOutcome(id, PlacementOutcome.HIRED, null, null))));
        atTheDesk(desk -> desk.complete(id, PlacementOutcome.HIRED));
        atTheDesk(desk -> desk.recordOutcome(id, PlacementOutcome.HIRED, LocalDate.of(2046, 10, 30), PlacementOutcome.HIRED));
        database.transact(em -> {
            Placement read = new JpaPlacements(em).byId(id).orElseThrow();
            assertEquals(PlacementStatus.COMPLETED, read.status());
            assertEquals(LocalDate.of(2046, 2, 20), read.signedOn(), "the day the desk recorded the signature");
            assertEquals(enrolment, read.enrolmentId());
            assertEquals("Soudures Bruxelloises", read.company().name());
            assertEquals("TECHNICITY", read.centre().code());
            assertEquals(152, read.hours());
            assertEquals(PlacementOutcome.HIRED, read.followUpOutcome());
            assertEquals(List.of("settled in well"), read.visits().stream().map(PlacementVisit::notes).toList());
            assertEquals("staff.technicity", read.visits().get(0).recordedBy());
            assertEquals("staff.technicity", read.recordedBy());
        });
        assertEquals("placement.status.transition", refusal(() -> atTheDesk(desk -> desk.start(id))));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        long id = record(learner, MARCH_2, LocalDate.of(2046, 3, 31));
        assertEquals("placement.status.transition", refusal(() -> atTheDesk(desk -> desk.start(id))));
        assertEquals("placement.status.transition", refusal(() -> atTheDesk(desk -> desk.complete(id, null))));
        assertEquals("placement.status.transition", refusal(() -> atTheDesk(desk ->
                desk.endEarly(id, LocalDate.of(2046, 3, 10), "company closed", null))));
        database.transact(em -> assertEquals(PlacementStatus.DRAFT, new JpaPlacements(em).byId(id).orElseThrow().status()));
    }

    @Test
    void endsEarlyWithADateAndAReasonAndFreesTheDaysAfter() {
        long id = record(learner, MARCH_2, LocalDate.of(2046, 5, 29));
        atTheDesk(desk -> desk.sign(id));
        assertEquals("input.required", refusal(() -> atTheDesk(desk ->
                desk.endEarly(id, LocalDate.of(2046, 3, 20), " ", null))));
        assertEquals("placement.endedEarly.dateRequired", refusal(() -> atTheDesk(desk ->
                desk.endEarly(id, null, "company closed", null))));
        assertEquals("placement.endedEarly.outsidePeriod", refusal(() -> atTheDesk(desk ->
                desk.endEarly(id, LocalDate.of(2046, 5, 29), "company closed", null))));
        atTheDesk(desk -> desk.start(id));
        atTheDesk(desk -> desk.endEarly(id, LocalDate.of(2046, 3, 20), "company closed", PlacementOutcome.NONE));
        database.transact(em -> {
            Placement read = new JpaPlacements(em).byId(id).orElseThrow();
            assertEquals(PlacementStatus.ENDED_EARLY, read.status());
            assertEquals("company closed", read.endReason());
            assertEquals(LocalDate.of(2046, 3, 20), read.occupiedUntil());
        });
        // the ended-early placement occupied its days up to 20 March: the 20th is taken, the 21st is free
        assertEquals("placement.overlap", refusal(() -> record(learner, LocalDate.of(2046, 3, 20), LocalDate.of(2046, 4, 30))));
        record(learner, LocalDate.of(2046, 3, 21), LocalDate.of(2046, 4, 30));
        assertEquals(2L, database.count("placement"));
    }

    @Test
    void aLearnerIsNeverInTwoPlacementsOnTheSameDay() {
        record(learner, MARCH_2, LocalDate.of(2046, 3, 31));
        ClashException clash = assertThrows(ClashException.class,
                () -> record(learner, LocalDate.of(2046, 3, 31), LocalDate.of(2046, 4, 15)));
        assertEquals("placement.overlap", clash.messageKey());
        assertEquals("Soudures Bruxelloises", clash.arguments()[0]);
        assertEquals("placement.overlap", refusal(() -> record(learner, LocalDate.of(2046, 2, 1), LocalDate.of(2046, 5, 1))));
        record(learner, LocalDate.of(2046, 4, 1), LocalDate.of(2046, 4, 15));
        record(otherLearner, MARCH_2, LocalDate.of(2046, 3, 31));
        assertEquals(3L, database.count("placement"));
    }

    @Test
    void twoDesksRecordingOverlappingPlacementsAtOnceLeaveOne() throws Exception {
        EntityManagerFactory second = database.newEntityManagerFactory("second-desk");
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            List<Callable<String>> both = new ArrayList<>();
            for (EntityManagerFactory factory : List.of(database.entityManagerFactory(), second)) {
                both.add(() -> {
                    ready.countDown();
                    ready.await();
                    try {
                        return "placement " + database.inTransaction(factory, em -> desk(em).record(
                                details(learner, null, MARCH_2, LocalDate.of(2046, 3, 31)), "staff").id());
                    } catch (BusinessRuleException refused) {
                        return refused.messageKey();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : desks.invokeAll(both)) {
                outcomes.add(outcome.get());
            }
            assertEquals(1, outcomes.stream().filter("placement.overlap"::equals).count(), outcomes.toString());
            assertEquals(1L, database.count("placement"));
        } finally {
            desks.shutdown();
            second.close();
        }
    }

    @Test
    void doesNotStartBeforeTheSessionOfItsEnrolmentWhichMustBeTheLearners() {
        assertEquals("placement.beforeEnrolment", refusal(() -> atTheDesk(desk ->
                desk.record(details(learner, enrolment, LocalDate.of(2046, 3, 1), LocalDate.of(2046, 3, 31)), "staff"))));
        assertEquals("placement.enrolment.otherLearner", refusal(() -> atTheDesk(desk ->
                desk.record(details(otherLearner, enrolment, MARCH_2, LocalDate.of(2046, 3, 31)), "staff"))));
        assertEquals(0L, database.count("placement"));
        long id = atTheDesk(desk -> desk.record(details(learner, enrolment, MARCH_2, LocalDate.of(2046, 3, 31)), "staff").id());
        assertTrue(id > 0);
    }

    @Test
    void refusesBadDetailsAndWritesNothing() {
        assertEquals("period.endBeforeStart", refusal(() -> record(learner, LocalDate.of(2046, 4, 1), MARCH_2)));
        assertEquals("placement.hours.positive", refusal(() -> atTheDesk(desk -> desk.record(new PlacementDetails(
                learner, company, "TECHNICITY", null, PlacementType.DUAL, MARCH_2, MARCH_2, 0, null, null), "staff"))));
        assertEquals("input.required", refusal(() -> atTheDesk(desk -> desk.record(new PlacementDetails(
                learner, company, "TECHNICITY", null, null, MARCH_2, MARCH_2, 8, null, null), "staff"))));
        assertEquals("company.unknown", refusal(() -> atTheDesk(desk -> desk.record(new PlacementDetails(
                learner, 987654L, "TECHNICITY", null, PlacementType.DUAL, MARCH_2, MARCH_2, 8, null, null), "staff"))));
        assertEquals("learner.unknown", refusal(() -> record(987654L, MARCH_2, MARCH_2)));
        assertEquals(0L, database.count("placement"));
        long id = record(learner, MARCH_2, LocalDate.of(2046, 3, 31));
        atTheDesk(desk -> desk.sign(id));
        assertEquals("placement.visit.outsidePeriod", refusal(() -> atTheDesk(desk ->
                desk.addVisit(id, LocalDate.of(2046, 4, 1), "Coach", null, "staff"))));
        assertEquals(0L, database.count("placement_visit"));
        database.transact(em -> assertNull(new JpaPlacements(em).byId(id).orElseThrow().outcome()));
    }
}
