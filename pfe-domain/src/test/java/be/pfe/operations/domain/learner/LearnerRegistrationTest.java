package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Registering learners and refusing duplicates, against the real PostgreSQL. */
class LearnerRegistrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2037-01-05T08:00:00Z"), Clocks.BRUSSELS);
    private final TestDatabase database = TestDatabase.shared();

    @BeforeEach
    void empty() {
        database.deleteOperationalData();
    }

    private long register(LearnerDetails details) {
        return database.inTransaction(em -> new LearnerRegistration(new JpaLearners(em), new JpaCentres(em), CLOCK).register(details).id());
    }

    private DuplicateLearnerException duplicate(LearnerDetails details) {
        long before = database.count("learner");
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> register(details));
        assertEquals(before, database.count("learner"), "nothing may be written when refused");
        return assertInstanceOf(DuplicateLearnerException.class, refused);
    }

    @Test
    void storesTheLearnerAndTheNumberOnlyWhenGiven() {
        long withNumber = register(LearnerTest.details("Nuñez", "Zoë", LocalDate.of(1985, 7, 30),
                EntryStatus.JOBSEEKER_ACTIRIS, EducationLevel.UPPER_SECONDARY, "85.07.30-033.28"));
        long without = register(LearnerTest.details("Peeters", "An", LocalDate.of(2001, 2, 3),
                EntryStatus.STUDENT, EducationLevel.UPPER_SECONDARY, null));
        database.transact(em -> {
            Learner read = em.find(Learner.class, withNumber);
            assertEquals("Nuñez", read.familyName());
            assertEquals("nunez|zoe", read.nameKey());
            assertEquals("85073003328", read.niss().orElseThrow().digits());
            assertEquals(EntryStatus.JOBSEEKER_ACTIRIS, read.entryStatus());
            assertFalse(em.find(Learner.class, without).niss().isPresent());
        });
        assertEquals(1, database.count("learner where niss is null"));
    }

    @Test
    void refusesTheSameNationalRegisterNumberWhateverTheName() {
        long first = register(LearnerTest.details("Nuñez", "Zoë", LocalDate.of(1985, 7, 30),
                EntryStatus.WORKER, EducationLevel.HIGHER, "85073003328"));
        DuplicateLearnerException refused = duplicate(LearnerTest.details("Nunez-Garcia", "Zoe",
                LocalDate.of(1985, 7, 30), EntryStatus.WORKER, EducationLevel.HIGHER, "85.07.30-033.28"));
        assertEquals("learner.duplicate.niss", refused.messageKey());
        assertEquals(Long.valueOf(first), refused.existingLearnerId());
        assertEquals("niss", refused.field());
    }

    @Test
    void refusesTheSameNameAndBirthDateWhateverTheCaseAndAccents() {
        long first = register(LearnerTest.details("Nuñez-Dupont", "Zoë", LocalDate.of(1985, 7, 30),
                EntryStatus.WORKER, EducationLevel.HIGHER, null));
        DuplicateLearnerException refused = duplicate(LearnerTest.details("NUNEZ DUPONT", "zoe",
                LocalDate.of(1985, 7, 30), EntryStatus.JOBSEEKER_VDAB, EducationLevel.HIGHER, "85073003328"));
        assertEquals("learner.duplicate.nameAndBirthDate", refused.messageKey());
        assertEquals(Long.valueOf(first), refused.existingLearnerId());
        // the same name born on another day is another person
        register(LearnerTest.details("Nuñez-Dupont", "Zoë", LocalDate.of(1985, 7, 31), EntryStatus.WORKER,
                EducationLevel.HIGHER, null));
        assertEquals(2, database.count("learner"));
    }

    @Test
    void theDatabaseKeepsTheSameRuleForRegistrationsAtTheSameMoment() {
        register(LearnerTest.details("Peeters", "An", LocalDate.of(1990, 1, 1), EntryStatus.WORKER,
                EducationLevel.HIGHER, "90010100123"));
        assertThrows(IllegalStateException.class, () -> database.execute("""
                insert into learner (family_name, given_name, name_key, birth_date, language, entry_status,
                                     education_level) values ('PEETERS', 'AN', 'peeters|an', '1990-01-01', 'NL',
                                     'WORKER', 'HIGHER')"""));
        assertThrows(IllegalStateException.class, () -> database.execute("""
                insert into learner (family_name, given_name, name_key, birth_date, language, entry_status,
                                     education_level, niss) values ('Other', 'Person', 'other|person',
                                     '1990-01-01', 'NL', 'WORKER', 'HIGHER', '90010100123')"""));
        assertEquals(1, database.count("learner"));
    }

    @Test
    void ofManyDesksRegisteringTheSamePersonAtOnceOneSucceedsAndTheOthersAreToldItIsADuplicate() throws Exception {
        LearnerDetails same = LearnerTest.details("Dubois", "Marie", LocalDate.of(1990, 3, 12), EntryStatus.WORKER,
                EducationLevel.HIGHER, null);
        ExecutorService desks = Executors.newFixedThreadPool(8);
        List<String> outcomes = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(desks.submit(() -> {
                    start.await();
                    return register(same);
                }));
            }
            start.countDown();
            for (Future<Long> attempt : attempts) {
                try {
                    attempt.get();
                    outcomes.add("registered");
                } catch (ExecutionException e) {
                    outcomes.add(assertInstanceOf(DuplicateLearnerException.class, e.getCause()).messageKey());
                }
            }
        } finally {
            desks.shutdownNow();
        }
        System.out.println("[registration race] " + outcomes);
        assertEquals(1, outcomes.stream().filter("registered"::equals).count(), outcomes.toString());
        assertEquals(1, database.count("learner"));
    }
}
