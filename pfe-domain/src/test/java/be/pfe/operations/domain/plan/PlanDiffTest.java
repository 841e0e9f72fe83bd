package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The differences between two versions' contents, and the checks on the lines. */
class PlanDiffTest {

    private static PlanAction action(String title, int target, LocalDate deadline) {
        return new PlanAction(new LocalizedText(title, null, null), "ACTIRIS", Pillar.EMPLOYMENT, target, null,
                "candidates placed", deadline, false, null, null, null);
    }

    @Test
    void findsAddedRemovedAndChangedLinesWithOldAndNewValues() {
        PlanContent before = new PlanContent(
                List.of(new TrainingLine("TEC-SOUD-01", "BRUXELLES_FORMATION", 2, 24),
                        new TrainingLine("TEC-ELEC-01", "BRUXELLES_FORMATION", 1, 12)),
                List.of(), List.of(new InCompanyLine("ACTIRIS", 10)), List.of(action("Job dating", 40, null)),
                List.of(), List.of(new PlanTarget(Indicator.TRAINING_SPOTS, new BigDecimal("450"))));
        PlanContent after = new PlanContent(
                List.of(new TrainingLine("TEC-SOUD-01", "BRUXELLES_FORMATION", 3, 36),
                        new TrainingLine("TEC-MAIN-NL", "VDAB_BRUSSEL", 1, 14)),
                List.of(), List.of(new InCompanyLine("ACTIRIS", 10)), List.of(action("Job dating", 40, null)),
                List.of(), List.of(new PlanTarget(Indicator.TRAINING_SPOTS, new BigDecimal("474.00"))));

        PlanDiff diff = PlanDiff.between(before, after);

        assertEquals(4, diff.changes().size(), diff.changes().toString());
        PlanDiff.LineChange changed = diff.changes().get(1);
        assertEquals(PlanSection.TRAINING, changed.section());
        assertEquals(PlanDiff.ChangeKind.CHANGED, changed.kind());
        assertEquals("TEC-SOUD-01 · BRUXELLES_FORMATION", changed.key());
        assertEquals(List.of(new PlanDiff.FieldChange("sessions", 2, 3), new PlanDiff.FieldChange("seats", 24, 36)),
                changed.fields());
        assertEquals(PlanDiff.ChangeKind.REMOVED, diff.changes().get(0).kind());
        assertEquals("TEC-ELEC-01 · BRUXELLES_FORMATION", diff.changes().get(0).key());
        assertEquals(PlanDiff.ChangeKind.ADDED, diff.changes().get(2).kind());
        assertEquals(new PlanDiff.FieldChange("value", "450", "474"), diff.changes().get(3).fields().get(0));
        assertEquals("TRAINING: -TEC-ELEC-01 · BRUXELLES_FORMATION; ~TEC-SOUD-01 · BRUXELLES_FORMATION "
                        + "(sessions 2 -> 3, seats 24 -> 36); +TEC-MAIN-NL · VDAB_BRUSSEL | TARGET: ~TRAINING_SPOTS (value 450 -> 474)",
                diff.summary(4000));
        assertTrue(diff.summary(20).length() == 20);
        assertTrue(PlanDiff.between(after, after).isEmpty());
    }

    @Test
    void theNextYearMovesTheDeadlinesOnByOneYear() {
        PlanContent content = new PlanContent(null, null, null,
                List.of(action("Job dating", 40, LocalDate.parse("2047-06-30"))), null, null);
        assertEquals(LocalDate.parse("2048-06-30"), content.nextYear().actions().get(0).deadline());
    }

    @Test
    void refusesTwoLinesWithTheSameKeyNegativeNumbersAndAShortSupplyActionWithoutItsOccupation() {
        BusinessRuleException twice = assertThrows(BusinessRuleException.class, () -> new PlanContent(
                List.of(new TrainingLine("TEC-SOUD-01", "BRUXELLES_FORMATION", 1, 12),
                        new TrainingLine("tec-soud-01", "BRUXELLES_FORMATION", 2, 12)), null, null, null, null, null));
        assertEquals("plan.line.duplicate", twice.messageKey());
        assertEquals("seats", assertThrows(BusinessRuleException.class,
                () -> new TrainingLine("TEC-SOUD-01", "BRUXELLES_FORMATION", 1, -1)).field());
        assertEquals("occupation", assertThrows(BusinessRuleException.class,
                () -> new PlanAction(new LocalizedText("Soudeurs", null, null), "FRM_BRUSSELS", Pillar.TRAINING_VALIDATION,
                        12, Indicator.TRAINING_SPOTS, null, null, true, " ", "EU RRF", BigDecimal.TEN)).field());
        assertEquals("plan.target.invalid", assertThrows(BusinessRuleException.class,
                () -> new PlanTarget(Indicator.OCCUPANCY_RATE, new BigDecimal("101"))).messageKey());
        assertEquals("role", assertThrows(BusinessRuleException.class,
                () -> new OrganisationRole(null, "ACTIRIS", null)).field());
    }

    @Test
    void aPlanTextFallsBackToAnotherLanguage() {
        OrganisationRole role = new OrganisationRole(new LocalizedText(null, "Coördinator", "Coordinator"), "VDAB_BRUSSEL",
                "An Peeters");
        assertEquals("Coördinator", role.name(be.pfe.operations.domain.shared.Language.FR));
        assertEquals("Coordinator", role.name(be.pfe.operations.domain.shared.Language.EN));
    }
}
