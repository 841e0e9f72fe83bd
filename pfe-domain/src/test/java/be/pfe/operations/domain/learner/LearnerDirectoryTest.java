package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learner search against the real PostgreSQL: names found whatever the accents, case and order of the words;
 * only among the learners the reader's centres know; a national register number found exactly, or not at all.
 */
class LearnerDirectoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2037-01-05T08:00:00Z"), Clocks.BRUSSELS);
    private static final Actor TECHNICITY_STAFF = new Actor("staff.technicity", "Staff",
            List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY")));
    private static final Actor DIGITALCITY_STAFF = new Actor("staff.digitalcity", "Staff",
            List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "DIGITALCITY")));
    private static final Actor ADMINISTRATOR = new Actor("admin", "Admin", List.of(RoleGrant.of(Role.ADMINISTRATOR)));
    private static final Actor AUDITOR = new Actor("auditor", "Auditor", List.of(RoleGrant.of(Role.AUDITOR)));

    private final TestDatabase database = TestDatabase.shared();
    private long yasmina;
    private long digitalOnly;
    private long enrolledAtTechnicity;

    @BeforeEach
    void learners() {
        database.deleteOperationalData();
        yasmina = register("Demo-Lambert", "Yasmina", LocalDate.of(1994, 4, 12), "TECHNICITY", null);
        register("Lambertz", "Yannick", LocalDate.of(1990, 1, 1), "TECHNICITY", null);
        digitalOnly = register("Lambert", "Yasmine", LocalDate.of(1985, 7, 30), "DIGITALCITY", "85.07.30-033.28");
        // registered nowhere, known to Technicity only by an enrolment in one of its sessions
        enrolledAtTechnicity = register("Núñez", "Zoë", LocalDate.of(1988, 8, 8), null, null);
        database.transact(em -> {
            CourseSession session = new CourseSession(Fixtures.course(em, "TEC-SRCH-01"),
                    Fixtures.centre(em, "TECHNICITY"), null,
                    new DateRange(LocalDate.of(2037, 2, 2), LocalDate.of(2037, 5, 29)), 10, Language.FR);
            em.persist(session);
            em.flush();
            em.persist(new Enrolment(em.find(Learner.class, enrolledAtTechnicity), session.id(), null,
                    new Step("staff.technicity", OffsetDateTime.now(CLOCK), null)));
        });
    }

    private long register(String family, String given, LocalDate birth, String centre, String niss) {
        return database.inTransaction(em -> new LearnerRegistration(new JpaLearners(em), new JpaCentres(em), CLOCK)
                .register(LearnerTest.details(family, given, birth, EntryStatus.JOBSEEKER_ACTIRIS,
                        EducationLevel.UPPER_SECONDARY, niss), centre).id());
    }

    private LearnerResults search(Actor actor, String text, LocalDate birthDate, Long number) {
        return database.inTransaction(em -> new LearnerDirectory(em, actor, new JpaLearners(em), CLOCK)
                .search(new LearnerQuery(text, birthDate, number, 0, 20)));
    }

    private List<Long> ids(LearnerResults page) {
        return page.learners().stream().map(LearnerListItem::id).toList();
    }

    private List<LearnerListItem> byNiss(Actor actor, String niss) {
        return database.inTransaction(em -> new LearnerDirectory(em, actor, new JpaLearners(em), CLOCK).byNiss(niss));
    }

    @Test
    void findsANameWhateverItsAccentsCaseAndWordOrder() {
        assertEquals(List.of(yasmina), ids(search(TECHNICITY_STAFF, "Yasmína", null, null)));
        assertEquals(List.of(yasmina), ids(search(TECHNICITY_STAFF, "LAMBERT yasmina", null, null)));
        assertEquals(List.of(yasmina), ids(search(TECHNICITY_STAFF, "demo-lambert, YASMINA", null, null)));
        assertEquals(List.of(enrolledAtTechnicity), ids(search(TECHNICITY_STAFF, "nunez zoe", null, null)));
        assertEquals(2, search(TECHNICITY_STAFF, "lamb", null, null).total(), "a part of a name finds both");
        assertEquals(List.of(), ids(search(TECHNICITY_STAFF, "Lambert Zoë", null, null)), "every word must match");
    }

    @Test
    void narrowsByBirthDateAndLearnerNumberAndPagesInNameOrder() {
        assertEquals(List.of(yasmina), ids(search(TECHNICITY_STAFF, null, LocalDate.of(1994, 4, 12), null)));
        assertEquals(List.of(yasmina), ids(search(TECHNICITY_STAFF, null, null, yasmina)));
        LearnerResults all = search(TECHNICITY_STAFF, null, null, null);
        assertEquals(3, all.total());
        LearnerResults second = database.inTransaction(em -> new LearnerDirectory(em, TECHNICITY_STAFF,
                new JpaLearners(em), CLOCK).search(new LearnerQuery(null, null, null, 1, 1)));
        assertEquals(3, second.total());
        assertEquals(List.of(all.learners().get(1)), second.learners());
        assertEquals("demo lambert|yasmina", database.inTransaction(em -> em.find(Learner.class,
                all.learners().get(0).id()).nameKey()), "ordered by the reduced name");
        BusinessRuleException tooBig = assertThrows(BusinessRuleException.class,
                () -> new LearnerQuery(null, null, null, 0, LearnerQuery.MAX_SIZE + 1));
        assertEquals("learner.search.size", tooBig.messageKey());
    }

    @Test
    void technicityStaffNeverFindADigitalcityOnlyLearner() {
        assertEquals(List.of(), ids(search(TECHNICITY_STAFF, "Yasmine", null, null)));
        assertEquals(List.of(), ids(search(TECHNICITY_STAFF, null, null, digitalOnly)), "not even by number");
        assertEquals(List.of(), ids(search(TECHNICITY_STAFF, null, LocalDate.of(1985, 7, 30), null)));
        assertEquals(List.of(), byNiss(TECHNICITY_STAFF, "85073003328"), "nor by national register number");
        assertEquals(List.of(digitalOnly), ids(search(DIGITALCITY_STAFF, "lambert", null, null)));
        assertEquals(4, search(ADMINISTRATOR, null, null, null).total(), "administrators look among all");
        assertEquals(0, search(AUDITOR, null, null, null).total(), "no personal data, no learner");
    }

    @Test
    void aNationalRegisterNumberIsFoundExactlyOrNotAtAll() {
        assertEquals(List.of(digitalOnly), byNiss(DIGITALCITY_STAFF, "85.07.30-033.28").stream()
                .map(LearnerListItem::id).toList(), "typed with its dots and dash");
        assertEquals(List.of(digitalOnly), byNiss(DIGITALCITY_STAFF, "85073003328").stream()
                .map(LearnerListItem::id).toList());
        assertEquals(List.of(), byNiss(DIGITALCITY_STAFF, "90020301256"), "another valid number finds nobody");
        BusinessRuleException part = assertThrows(BusinessRuleException.class, () -> byNiss(DIGITALCITY_STAFF, "850730"));
        assertEquals("niss.format", part.messageKey(), "a part of a number is no search");
        assertEquals(List.of(), ids(search(DIGITALCITY_STAFF, "85073003328", null, null)),
                "the name search never looks at the number");
    }

    @Test
    void correctsTheDetailsFromTheVersionReadAndRefusesAStaleOne() {
        long version = database.inTransaction(em -> em.find(Learner.class, yasmina).version());
        database.transact(em -> new LearnerDirectory(em, TECHNICITY_STAFF, new JpaLearners(em), CLOCK).change(yasmina,
                version, LearnerTest.details("Demo-Lambert", "Yasmína", LocalDate.of(1994, 4, 12),
                        EntryStatus.WORKER, EducationLevel.HIGHER, null)));
        Learner changed = database.inTransaction(em -> em.find(Learner.class, yasmina));
        assertEquals("Yasmína", changed.givenName());
        assertEquals("demo lambert|yasmina", changed.nameKey());
        assertEquals(EntryStatus.WORKER, changed.entryStatus());
        assertEquals(version + 1, changed.version());
        assertThrows(OptimisticLockException.class, () -> database.transact(em -> new LearnerDirectory(em,
                TECHNICITY_STAFF, new JpaLearners(em), CLOCK).change(yasmina, version,
                LearnerTest.details("Other", "Name", LocalDate.of(1994, 4, 12), EntryStatus.WORKER,
                        EducationLevel.HIGHER, null))));
        assertEquals("Demo-Lambert", database.inTransaction(em -> em.find(Learner.class, yasmina).familyName()));
        BusinessRuleException duplicate = assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                new LearnerDirectory(em, ADMINISTRATOR, new JpaLearners(em), CLOCK).change(yasmina, version + 1,
                        LearnerTest.details("LAMBERT", "Yasmine", LocalDate.of(1985, 7, 30), EntryStatus.WORKER,
                                EducationLevel.HIGHER, null))));
        assertEquals("learner.duplicate.nameAndBirthDate", duplicate.messageKey());
    }
}
