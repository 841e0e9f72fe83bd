package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mapping of enrolments, their history and seat plans, and the database's own guards. */
class EnrolmentPersistenceTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2037-01-05T09:00:00+01:00");
    private final TestDatabase database = TestDatabase.shared();
    private long session;
    private long learner;
    private long actiris;

    @BeforeEach
    void aSessionOfTwoSeatsAndALearner() {
        database.deleteOperationalData();
        database.transact(em -> {
            CourseSession twoSeats = new CourseSession(Fixtures.course(em, "DIG-ENR-01"),
                    Fixtures.centre(em, "DIGITALCITY"), null,
                    new DateRange(LocalDate.of(2037, 2, 2), LocalDate.of(2037, 5, 29)), 2, Language.FR);
            em.persist(twoSeats);
            Learner mehdi = new Learner(new LearnerDetails("Janssens", "Mehdi", LocalDate.of(2010, 3, 1), null, null,
                    Language.FR, EntryStatus.JOBSEEKER_ACTIRIS, EducationLevel.LOWER_SECONDARY, null),
                    LocalDate.of(2037, 1, 1));
            em.persist(mehdi);
            em.flush();
            session = twoSeats.id();
            learner = mehdi.id();
            actiris = Fixtures.partner(em, "ACTIRIS").id();
        });
    }

    private long applyAndAdmit(Seat seat) {
        return database.inTransaction(em -> {
            JpaEnrolments enrolments = new JpaEnrolments(em);
            Enrolment enrolment = new Enrolment(em.find(Learner.class, learner), session, actiris,
                    new Step("staff", AT, null));
            enrolment.screen(new Step("staff", AT, "assessment passed"));
            enrolment.admit(seat, enrolments.nextArrival(), new Step("staff", AT, null), null);
            return enrolments.add(enrolment).id();
        });
    }

    @Test
    void storesTheEnrolmentWithItsSeatAndHistory() {
        long id = applyAndAdmit(Seat.ofQuota(actiris));
        database.transact(em -> {
            Enrolment read = new JpaEnrolments(em).byId(id).orElseThrow();
            assertEquals(EnrolmentStatus.ADMITTED, read.status());
            assertEquals(Seat.ofQuota(actiris), read.seat());
            assertTrue(read.targetGroups().contains(TargetGroup.NEET));
            assertEquals(List.of(EnrolmentStatus.APPLIED, EnrolmentStatus.SCREENED, EnrolmentStatus.ADMITTED),
                    read.history().stream().map(EnrolmentTransition::to).toList());
            assertEquals("assessment passed", read.history().get(1).reason());
            assertEquals(AT.toInstant(), read.history().get(1).occurredAt().toInstant());
            assertEquals(Map.of(Seat.ofQuota(actiris), 1L), new JpaEnrolments(em).heldSeats(session));
            assertEquals(2, new JpaEnrolments(em).lockSession(session).orElseThrow().seatCapacity());
        });
    }

    @Test
    void storesTheSeatPlanOfASession() {
        database.transact(em -> {
            JpaEnrolments enrolments = new JpaEnrolments(em);
            SeatPlan plan = enrolments.planOf(session);
            plan.changeQuotas(Map.of(actiris, 1), 2);
            plan.changeWaitlistRules(WaitlistPriority.REFERRED_JOBSEEKERS_FIRST, 3);
            enrolments.save(plan);
        });
        database.transact(em -> {
            SeatPlan read = new JpaEnrolments(em).planOf(session);
            assertEquals(Map.of(actiris, 1), read.quotas());
            assertEquals(WaitlistPriority.REFERRED_JOBSEEKERS_FIRST, read.waitlistPriority());
            assertEquals(3, read.promotionGraceDays());
        });
    }

    @Test
    void theHistoryIsAppendOnly() {
        applyAndAdmit(Seat.POOL);
        assertThrows(IllegalStateException.class,
                () -> database.execute("update enrolment_transition set actor = 'someone else'"));
        assertThrows(IllegalStateException.class, () -> database.execute("delete from enrolment_transition"));
        assertEquals(3, database.count("enrolment_transition where actor = 'staff'"));
    }

    @Test
    void theDatabaseRefusesASeatBeyondTheCapacityWhateverTheApplicationDoes() {
        applyAndAdmit(Seat.POOL);
        applyAndAdmitAnother("Peeters");
        assertThrows(RuntimeException.class, () -> applyAndAdmitAnother("Dubois"));
        assertEquals(2, database.count("enrolment where seat is not null"));
    }

    private void applyAndAdmitAnother(String familyName) {
        database.transact(em -> {
            Learner other = new Learner(new LearnerDetails(familyName, "Sam", LocalDate.of(1990, 1, 1), null, null,
                    Language.NL, EntryStatus.WORKER, EducationLevel.HIGHER, null), LocalDate.of(2037, 1, 1));
            em.persist(other);
            em.flush();
            Enrolment enrolment = new Enrolment(other, session, null, new Step("staff", AT, null));
            enrolment.screen(new Step("staff", AT, null));
            enrolment.admit(Seat.POOL, 99, new Step("staff", AT, null), null);
            new JpaEnrolments(em).add(enrolment);
        });
    }
}
