package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static be.pfe.operations.domain.learner.TargetGroup.JOBSEEKER;
import static be.pfe.operations.domain.learner.TargetGroup.LOW_SKILLED;
import static be.pfe.operations.domain.learner.TargetGroup.NEET;
import static be.pfe.operations.domain.learner.TargetGroup.WORKER_AT_RISK;
import static be.pfe.operations.domain.learner.TargetGroup.YOUNG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearnerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static LearnerDetails details(String family, String given, LocalDate birth, EntryStatus status,
                                  EducationLevel education, String niss) {
        return new LearnerDetails(family, given, birth, "learner@example.be", "+32 2 555 01 01", Language.FR,
                status, education, niss);
    }

    private static Learner learner(LocalDate birth, EntryStatus status, EducationLevel education) {
        return new Learner(details("Peeters", "An", birth, status, education, null), TODAY);
    }

    private static String refusal(LearnerDetails details) {
        return assertThrows(BusinessRuleException.class, () -> new Learner(details, TODAY)).messageKey();
    }

    @Test
    void keepsTheDetailsGivenAndTheNissOnlyWhenGiven() {
        Learner withNiss = new Learner(details(" Nuñez  Dupont ", "Zoë", LocalDate.of(1985, 7, 30),
                EntryStatus.JOBSEEKER_ACTIRIS, EducationLevel.HIGHER, "85.07.30-033.28"), TODAY);
        assertEquals("Nuñez Dupont", withNiss.familyName());
        assertEquals("85073003328", withNiss.niss().orElseThrow().digits());
        assertFalse(withNiss.toString().contains("850730"));
        assertTrue(learner(LocalDate.of(1990, 1, 1), EntryStatus.WORKER, EducationLevel.HIGHER).niss().isEmpty());
    }

    @Test
    void findsTheSamePersonWhateverTheCaseAccentsAndPunctuation() {
        assertEquals(NameKey.of("Nuñez-Dupont", "Zoë"), NameKey.of("NUNEZ DUPONT", " zoe "));
        assertEquals(NameKey.of("D'Hondt", "Jean-Marie"), NameKey.of("d hondt", "JEAN MARIE"));
        assertFalse(NameKey.of("Peeters", "An").equals(NameKey.of("Peeters", "Ann")));
    }

    @Test
    void refusesIncompleteOrImplausibleDetailsWithAKeyPerField() {
        LocalDate birth = LocalDate.of(1990, 1, 1);
        assertEquals("learner.name.required", refusal(details(" ", "An", birth, EntryStatus.WORKER,
                EducationLevel.HIGHER, null)));
        assertEquals("learner.name.tooLong", refusal(details("P".repeat(101), "An", birth, EntryStatus.WORKER,
                EducationLevel.HIGHER, null)));
        assertEquals("learner.birthDate.required", refusal(details("Peeters", "An", null, EntryStatus.WORKER,
                EducationLevel.HIGHER, null)));
        assertEquals("learner.birthDate.implausible", refusal(details("Peeters", "An", TODAY.plusDays(1),
                EntryStatus.WORKER, EducationLevel.HIGHER, null)));
        assertEquals("learner.entryStatus.required", refusal(details("Peeters", "An", birth, null,
                EducationLevel.HIGHER, null)));
        assertEquals("learner.educationLevel.required", refusal(details("Peeters", "An", birth,
                EntryStatus.WORKER, null, null)));
        assertEquals("learner.email.invalid", refusal(new LearnerDetails("Peeters", "An", birth, "an.peeters",
                null, Language.NL, EntryStatus.WORKER, EducationLevel.HIGHER, null)));
        assertEquals("learner.language.required", refusal(new LearnerDetails("Peeters", "An", birth, null,
                null, null, EntryStatus.WORKER, EducationLevel.HIGHER, null)));
        assertEquals("niss.checkDigits", refusal(details("Peeters", "An", LocalDate.of(1985, 7, 30),
                EntryStatus.WORKER, EducationLevel.HIGHER, "85073003329")));
        assertEquals("niss.birthDateMismatch", refusal(details("Peeters", "An", LocalDate.of(1985, 7, 31),
                EntryStatus.WORKER, EducationLevel.HIGHER, "85073003328")));
    }

    @Test
    void derivesTheTargetGroupsOnTheEnrolmentDate() {
        Learner youngJobseeker = learner(LocalDate.of(2000, 6, 15), EntryStatus.JOBSEEKER_VDAB,
                EducationLevel.LOWER_SECONDARY);
        assertEquals(EnumSet.of(YOUNG, NEET, LOW_SKILLED, JOBSEEKER), youngJobseeker.targetGroupsOn(TODAY));
        // 30 on 15 June 2030: no longer young from that day
        assertEquals(EnumSet.of(YOUNG, NEET, LOW_SKILLED, JOBSEEKER),
                youngJobseeker.targetGroupsOn(LocalDate.of(2030, 6, 14)));
        assertEquals(EnumSet.of(LOW_SKILLED, JOBSEEKER), youngJobseeker.targetGroupsOn(LocalDate.of(2030, 6, 15)));
    }

    @Test
    void youngStudentsAreNotNeetAndFifteenIsTheYoungestAge() {
        Learner student = learner(LocalDate.of(2011, 11, 24), EntryStatus.STUDENT, EducationLevel.PRIMARY);
        assertEquals(EnumSet.of(LOW_SKILLED), student.targetGroupsOn(TODAY));
        assertEquals(EnumSet.of(YOUNG, LOW_SKILLED), student.targetGroupsOn(TODAY.plusDays(1)));
    }

    @Test
    void workersAtRiskAndQualifiedWorkers() {
        assertEquals(EnumSet.of(WORKER_AT_RISK),
                learner(LocalDate.of(1970, 3, 1), EntryStatus.WORKER_AT_RISK, EducationLevel.UPPER_SECONDARY)
                        .targetGroupsOn(TODAY));
        assertEquals(Set.of(), learner(LocalDate.of(1970, 3, 1), EntryStatus.ENTREPRENEUR, EducationLevel.HIGHER)
                .targetGroupsOn(TODAY));
    }

    @Test
    void targetGroupsAreStoredAsTextAndReadBack() {
        Set<TargetGroup> groups = EnumSet.of(JOBSEEKER, YOUNG);
        assertEquals("YOUNG,JOBSEEKER", TargetGroup.write(groups));
        assertEquals(groups, TargetGroup.read("YOUNG,JOBSEEKER"));
        assertEquals(Set.of(), TargetGroup.read(""));
    }
}
