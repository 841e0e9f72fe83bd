package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.audit.JpaAuditTrail;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.course.JpaCourses;
import be.pfe.operations.domain.partner.JpaPartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.LocalizedText;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan workflow against the real PostgreSQL: every transition and who may make it, versions and their
 * differences, starting from the previous year, the history and the audit trail, and two people saving one draft.
 * Plans of 2048 (and 2047 as the previous year).
 */
class PlanWorkflowTest {

    private static final int YEAR = 2048;
    private static final LocalDate MEETING = LocalDate.now().minusDays(3);

    private final TestDatabase database = TestDatabase.shared();
    private final Clock clock = Clock.systemDefaultZone();

    private final Actor staff = actor("plan.staff", RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY"));
    private final Actor digitalStaff = actor("plan.staff.digital", RoleGrant.forCentre(Role.CENTRE_STAFF, "DIGITALCITY"));
    private final Actor board = actor("plan.board", RoleGrant.forCentre(Role.BOARD_MEMBER, "TECHNICITY"));
    private final Actor digitalBoard = actor("plan.board.digital", RoleGrant.forCentre(Role.BOARD_MEMBER, "DIGITALCITY"));
    private final Actor auditor = actor("plan.auditor", RoleGrant.of(Role.AUDITOR));
    private final Actor admin = actor("plan.admin", RoleGrant.of(Role.ADMINISTRATOR));
    private final Actor manager = actor("plan.manager", RoleGrant.forPartner("ACTIRIS"));

    private static Actor actor(String username, RoleGrant grant) {
        return new Actor(username, username, List.of(grant));
    }

    @BeforeEach
    void courses() {
        database.deleteOperationalData();
        database.execute("delete from audit_event where actor like 'plan.%'");
        database.transact(em -> {
            Fixtures.course(em, "PLAN-WELD");
            Fixtures.course(em, "PLAN-ELEC");
        });
    }

    private <T> T work(Function<PlanWorkflow, T> step) {
        return database.inTransaction(em -> step.apply(workflow(em)));
    }

    private PlanWorkflow workflow(EntityManager em) {
        return new PlanWorkflow(new JpaJointActionPlans(em), new JpaCentres(em), new JpaCourses(em),
                new JpaPartnerOrganisations(em), new JpaAuditTrail(em, clock), clock);
    }

    private static PlanContent content(int weldingSeats) {
        return new PlanContent(
                List.of(new TrainingLine("PLAN-WELD", "BRUXELLES_FORMATION", 2, weldingSeats)),
                List.of(new ValidationLine(AssessmentKind.SCREENING, "Soudeur", 4, 40)),
                List.of(new InCompanyLine("ACTIRIS", 19)),
                List.of(new PlanAction(new LocalizedText("Soudeurs en pénurie", "Lassers met tekort", null),
                        "FRM_BRUSSELS", Pillar.TRAINING_VALIDATION, 12, Indicator.TRAINING_SPOTS, "soudeurs formés",
                        LocalDate.of(YEAR, 12, 15), true, "Soudeur", "EU Recovery and Resilience Facility",
                        new BigDecimal("85000"))),
                List.of(new OrganisationRole(new LocalizedText("Coordinateur", "Coördinator", "Coordinator"),
                        "BRUXELLES_FORMATION", "Claire Dupont")),
                List.of(new PlanTarget(Indicator.TRAINING_SPOTS, new BigDecimal("474"))));
    }

    private JointActionPlan draft(int year) {
        return work(w -> w.create(staff, "TECHNICITY", year, content(24)));
    }

    private JointActionPlan reload(long id) {
        return work(w -> w.get(admin, id));
    }

    private JointActionPlan submitted(int year) {
        JointActionPlan plan = draft(year);
        return work(w -> w.submit(staff, plan.id(), plan.revision()));
    }

    private JointActionPlan approved(int year) {
        JointActionPlan plan = submitted(year);
        return work(w -> w.decide(board, plan.id(), null, PlanStatus.APPROVED, "Approuvé à l'unanimité", MEETING));
    }

    private List<PlanStep> steps(long id) {
        return work(w -> w.history(admin, id)).stream().map(PlanHistoryEntry::step).toList();
    }

    private static void refusedAccess(Access access, Executable step) {
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, step);
        assertEquals(access, refused.access());
    }

    private static String refusal(Executable step) {
        return assertThrows(BusinessRuleException.class, step).messageKey();
    }

    @Test
    void staffDraftsChangesAndSubmitsTheBoardApprovesAndEveryStepIsInTheHistoryAndTheAuditTrail() {
        JointActionPlan plan = draft(YEAR);
        assertEquals(PlanStatus.DRAFT, plan.status());
        assertEquals(1, plan.versionNumber());
        JointActionPlan changed = work(w -> w.update(staff, plan.id(), plan.revision(), content(36)));
        assertTrue(changed.revision() > plan.revision(), "every save moves the revision on");
        work(w -> w.submit(staff, plan.id(), changed.revision()));
        JointActionPlan decided = work(w -> w.decide(board, plan.id(), null, PlanStatus.APPROVED,
                "Approuvé par le conseil", MEETING));

        JointActionPlan stored = reload(plan.id());
        assertEquals(PlanStatus.APPROVED, stored.status());
        assertEquals("Approuvé par le conseil", stored.decisionText());
        assertEquals(MEETING, stored.meetingDate());
        assertEquals("plan.board", stored.decidedBy());
        assertEquals("plan.staff", stored.submittedBy());
        assertEquals(36, stored.content().training().get(0).seats());
        assertEquals("Lassers met tekort", stored.content().actions().get(0).title().nl());
        assertEquals(new BigDecimal("85000.00"), stored.content().actions().get(0).fundingAmount());
        assertEquals(decided.revision(), stored.revision());

        List<PlanHistoryEntry> history = work(w -> w.history(auditor, plan.id()));
        assertEquals(List.of(PlanStep.CREATED, PlanStep.EDITED, PlanStep.SUBMITTED, PlanStep.APPROVED),
                history.stream().map(PlanHistoryEntry::step).toList());
        assertEquals(List.of("plan.staff", "plan.staff", "plan.staff", "plan.board"),
                history.stream().map(PlanHistoryEntry::actor).toList());
        assertEquals("TRAINING: ~PLAN-WELD · BRUXELLES_FORMATION (seats 24 -> 36)", history.get(1).detail());
        assertTrue(history.get(3).detail().contains("Approuvé par le conseil"), history.get(3).detail());
        assertTrue(history.get(0).detail().contains("+PLAN-WELD"), history.get(0).detail());

        List<String> audited = database.inTransaction(em -> em.createNativeQuery(
                "select action || ' ' || actor || ' ' || subject || ' ' || coalesce(detail, '') from audit_event "
                        + "where actor like 'plan.%' order by id").getResultList()).stream().map(Object::toString).toList();
        assertEquals(4, audited.size(), audited.toString());
        String subject = "plan " + plan.id() + " TECHNICITY 2048 v1";
        assertTrue(audited.get(0).startsWith("PLAN_CREATED plan.staff " + subject), audited.get(0));
        assertTrue(audited.get(1).startsWith("PLAN_CHANGED plan.staff " + subject + " EDITED: TRAINING: ~PLAN-WELD"),
                audited.get(1));
        assertTrue(audited.get(2).startsWith("PLAN_SUBMITTED plan.staff " + subject), audited.get(2));
        assertTrue(audited.get(3).startsWith("PLAN_DECIDED plan.board " + subject + " APPROVED: meeting " + MEETING
                + ": Approuvé par le conseil"), audited.get(3));
    }

    @Test
    void anApprovedPlanIsFrozenEveryChangeRefused() {
        JointActionPlan plan = approved(YEAR);
        assertEquals("plan.frozen", refusal(() -> work(w -> w.update(staff, plan.id(), null, content(12)))));
        assertEquals("plan.frozen", refusal(() -> work(w -> w.submit(staff, plan.id(), null))));
        assertEquals("plan.decision.notSubmitted", refusal(() -> work(w -> w.decide(board, plan.id(), null,
                PlanStatus.REJECTED, "Trop tard", MEETING))));
        JointActionPlan stored = reload(plan.id());
        assertEquals(24, stored.content().training().get(0).seats());
        assertEquals(PlanStatus.APPROVED, stored.status());
        assertEquals(plan.revision(), stored.revision());
    }

    @Test
    void onlyTheBoardOfThePlansCentreDecidesOnlyItsStaffAndAdministratorsEditAndReadersRead() {
        JointActionPlan plan = submitted(YEAR);
        refusedAccess(Access.PLAN_DECISION, () -> work(w -> w.decide(staff, plan.id(), null, PlanStatus.APPROVED,
                "Moi-même", MEETING)));
        refusedAccess(Access.RECORDS, () -> work(w -> w.decide(digitalBoard, plan.id(), null, PlanStatus.APPROVED,
                "Pas mon centre", MEETING)));
        refusedAccess(Access.PLAN_DECISION, () -> work(w -> w.decide(admin, plan.id(), null, PlanStatus.APPROVED,
                "Administrateur", MEETING)));
        refusedAccess(Access.PLAN_DECISION, () -> work(w -> w.decide(auditor, plan.id(), null, PlanStatus.APPROVED,
                "Auditeur", MEETING)));
        refusedAccess(Access.PLAN_EDITING, () -> work(w -> w.create(auditor, "TECHNICITY", YEAR + 1, PlanContent.EMPTY)));
        refusedAccess(Access.PLAN_EDITING, () -> work(w -> w.create(board, "TECHNICITY", YEAR + 1, PlanContent.EMPTY)));
        refusedAccess(Access.PLAN_EDITING, () -> work(w -> w.create(digitalStaff, "TECHNICITY", YEAR + 1,
                PlanContent.EMPTY)));
        refusedAccess(Access.RECORDS, () -> work(w -> w.get(digitalStaff, plan.id())));
        refusedAccess(Access.RECORDS, () -> work(w -> w.list(manager, null, null)));
        refusedAccess(Access.RECORDS, () -> work(w -> w.list(digitalStaff, "TECHNICITY", null)));

        JointActionPlan unchanged = reload(plan.id());
        assertEquals(PlanStatus.SUBMITTED, unchanged.status());
        assertEquals(plan.revision(), unchanged.revision());
        assertEquals(List.of(PlanStep.CREATED, PlanStep.SUBMITTED), steps(plan.id()));

        assertEquals(plan.id(), work(w -> w.get(auditor, plan.id())).id());
        assertEquals(1, work(w -> w.list(board, null, YEAR)).size());
        assertEquals(0, work(w -> w.list(digitalStaff, null, YEAR)).size());
        JointActionPlan byAdmin = work(w -> w.create(admin, "DIGITALCITY", YEAR, PlanContent.EMPTY));
        assertEquals(PlanStatus.DRAFT, byAdmin.status());
        assertEquals(2, work(w -> w.list(auditor, null, YEAR)).size());
    }

    @Test
    void amendmentsAreMadeInANewVersionSoTheBoardReadsTheDifferencesARejectionClosesItAndANewVersionStartsAgain() {
        JointActionPlan plan = submitted(YEAR);
        assertEquals("plan.notEditable", refusal(() -> work(w -> w.update(staff, plan.id(), null, content(30)))));
        work(w -> w.decide(board, plan.id(), null, PlanStatus.AMENDMENTS_REQUESTED, "Plus de places en soudure",
                MEETING));
        assertEquals(PlanStatus.AMENDMENTS_REQUESTED, reload(plan.id()).status());
        long revision = reload(plan.id()).revision();

        // staff's change goes to a new version; the one sent back keeps its contents and the board's decision
        JointActionPlan amended = work(w -> w.update(staff, plan.id(), null, content(30)));
        assertEquals(2, amended.versionNumber());
        assertEquals(PlanStatus.DRAFT, amended.status());
        assertNull(reload(amended.id()).decisionText(), "the decision's banner belongs to the version it was taken on");
        JointActionPlan sentBack = reload(plan.id());
        assertEquals(PlanStatus.AMENDMENTS_REQUESTED, sentBack.status());
        assertEquals("Plus de places en soudure", sentBack.decisionText());
        assertEquals(revision, sentBack.revision(), "the version sent back did not change");
        assertEquals(plan.id(), reload(amended.id()).previousVersion().id());
        PlanDiff diff = work(w -> w.diffWithPrevious(board, amended.id()));
        assertTrue(!diff.isEmpty(), "the board reads what changed");
        assertEquals("plan.version.notLatest", refusal(() -> work(w -> w.update(staff, plan.id(), null, content(31)))));

        work(w -> w.submit(staff, amended.id(), null));
        work(w -> w.decide(board, amended.id(), null, PlanStatus.REJECTED, "Budget insuffisant", MEETING));
        assertEquals("plan.frozen", refusal(() -> work(w -> w.update(staff, amended.id(), null, content(31)))));

        JointActionPlan third = work(w -> w.newVersion(staff, amended.id()));
        assertEquals(3, third.versionNumber());
        assertEquals(PlanStatus.DRAFT, third.status());
        assertEquals(amended.id(), reload(third.id()).previousVersion().id());
        assertEquals(30, reload(third.id()).content().training().get(0).seats());
        assertEquals(List.of(PlanStep.CREATED, PlanStep.SUBMITTED, PlanStep.AMENDMENTS_REQUESTED, PlanStep.NEW_VERSION,
                PlanStep.EDITED, PlanStep.SUBMITTED, PlanStep.REJECTED, PlanStep.NEW_VERSION), steps(third.id()));
        assertEquals("plan.decision.notSubmitted", refusal(() -> work(w -> w.decide(board, third.id(), null,
                PlanStatus.APPROVED, "Trop tôt", MEETING))));
    }

    @Test
    void aVersionSentBackForAmendmentsIsResubmittedAsANewVersion() {
        JointActionPlan plan = submitted(YEAR + 3);
        work(w -> w.decide(board, plan.id(), null, PlanStatus.AMENDMENTS_REQUESTED, "À revoir", MEETING));
        JointActionPlan resubmitted = work(w -> w.submit(staff, plan.id(), null));
        assertEquals(2, resubmitted.versionNumber());
        assertEquals(PlanStatus.SUBMITTED, resubmitted.status());
        assertEquals(PlanStatus.AMENDMENTS_REQUESTED, reload(plan.id()).status());
    }

    @Test
    void aNewVersionOfAnApprovedPlanIsADraftWithTheDifferencesAndTheOldVersionStaysAsItWas() {
        JointActionPlan first = approved(YEAR);
        assertEquals("plan.version.notClosed", refusal(() -> work(w -> w.newVersion(staff,
                draft(YEAR + 1).id()))));
        JointActionPlan second = work(w -> w.newVersion(staff, first.id()));
        assertEquals("plan.version.notLatest", refusal(() -> work(w -> w.newVersion(staff, first.id()))));
        assertTrue(work(w -> w.diffWithPrevious(board, second.id())).isEmpty());

        PlanContent changed = content(24).with(PlanSection.TARGET,
                List.of(new PlanTarget(Indicator.TRAINING_SPOTS, new BigDecimal("500")),
                        new PlanTarget(Indicator.VALIDATIONS_AND_SCREENINGS, new BigDecimal("12"))));
        work(w -> w.update(staff, second.id(), null, changed));

        PlanDiff diff = work(w -> w.diffWithPrevious(board, second.id()));
        assertEquals(List.of(
                new PlanDiff.LineChange(PlanSection.TARGET, PlanDiff.ChangeKind.CHANGED, "TRAINING_SPOTS",
                        List.of(new PlanDiff.FieldChange("value", "474", "500"))),
                new PlanDiff.LineChange(PlanSection.TARGET, PlanDiff.ChangeKind.ADDED, "VALIDATIONS_AND_SCREENINGS",
                        List.of(new PlanDiff.FieldChange("value", null, "12")))), diff.changes());
        assertEquals(diff, work(w -> w.diff(board, first.id(), second.id())));
        assertEquals(List.of(1, 2), work(w -> w.versions(board, first.id())).stream()
                .map(JointActionPlan::versionNumber).toList());
        assertEquals(List.of(new PlanTarget(Indicator.TRAINING_SPOTS, new BigDecimal("474"))),
                reload(first.id()).content().targets());
        assertEquals(PlanStatus.APPROVED, reload(first.id()).status());
        PlanSummary latest = work(w -> w.list(board, "TECHNICITY", YEAR)).get(0);
        assertEquals(second.id(), latest.id());
        assertEquals(2, latest.versionNumber());
    }

    @Test
    void startsFromThePreviousYearsLatestApprovedVersionElseItsLatest() {
        JointActionPlan approved = approved(YEAR - 1);
        JointActionPlan newer = work(w -> w.newVersion(staff, approved.id()));
        work(w -> w.update(staff, newer.id(), null, content(99)));

        JointActionPlan started = work(w -> w.startFromPreviousYear(staff, "TECHNICITY", YEAR));
        JointActionPlan stored = reload(started.id());
        assertEquals(YEAR, stored.year());
        assertEquals(1, stored.versionNumber());
        assertEquals(PlanStatus.DRAFT, stored.status());
        assertEquals(24, stored.content().training().get(0).seats(), "the approved version, not the later draft");
        assertEquals(LocalDate.of(YEAR + 1, 12, 15), stored.content().actions().get(0).deadline());
        assertEquals("from TECHNICITY 2047 v1 (APPROVED)", work(w -> w.history(staff, started.id())).get(0).detail());
        assertEquals("plan.exists", refusal(() -> work(w -> w.startFromPreviousYear(staff, "TECHNICITY", YEAR))));
        assertEquals("plan.exists", refusal(() -> work(w -> w.create(staff, "TECHNICITY", YEAR, PlanContent.EMPTY))));

        work(w -> w.create(digitalStaff, "DIGITALCITY", YEAR - 1, content(10)));
        assertEquals(10, work(w -> w.startFromPreviousYear(digitalStaff, "DIGITALCITY", YEAR)).content().training()
                .get(0).seats(), "no approved version: the latest");
        assertEquals("plan.previousYear.none", refusal(() -> work(w -> w.startFromPreviousYear(admin, "LOGISTICITY",
                YEAR))));
    }

    @Test
    void aSaveFromAStaleRevisionIsRefusedNamingWhoChangedThePlan() {
        JointActionPlan plan = draft(YEAR);
        work(w -> w.update(staff, plan.id(), plan.revision(), content(30)));
        PlanChangedMeanwhileException refused = assertThrows(PlanChangedMeanwhileException.class,
                () -> work(w -> w.update(admin, plan.id(), plan.revision(), content(40))));
        assertEquals("plan.staff", refused.arguments()[0]);
        assertEquals("plan.changedMeanwhile", refused.messageKey());
        assertEquals(30, reload(plan.id()).content().training().get(0).seats());
    }

    @Test
    void twoPeopleSavingTheSameDraftAtOnceTheSecondIsRefusedByTheOptimisticLock() {
        JointActionPlan plan = draft(YEAR);
        EntityManager first = database.entityManagerFactory().createEntityManager();
        EntityManager second = database.entityManagerFactory().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            long firstRead = workflow(first).get(staff, plan.id()).revision();
            long secondRead = workflow(second).get(admin, plan.id()).revision();
            assertEquals(firstRead, secondRead);
            workflow(first).update(staff, plan.id(), firstRead, content(30));
            first.getTransaction().commit();
            // the second save started from the same revision: the lock refuses it when it is written
            jakarta.persistence.PersistenceException refused = assertThrows(jakarta.persistence.PersistenceException.class,
                    () -> {
                        workflow(second).update(admin, plan.id(), secondRead, content(40));
                        second.getTransaction().commit();
                    });
            assertInstanceOf(OptimisticLockException.class,
                    refused instanceof RollbackException ? refused.getCause() : refused);
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        JointActionPlan stored = reload(plan.id());
        assertEquals(30, stored.content().training().get(0).seats());
        assertEquals(List.of(PlanStep.CREATED, PlanStep.EDITED), steps(plan.id()));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        JointActionPlan plan = draft(YEAR);
        PlanContent unknownCourse = content(24).with(PlanSection.TRAINING,
                List.of(new TrainingLine("NO-SUCH-COURSE", "BRUXELLES_FORMATION", 1, 12)));
        assertEquals("plan.course.unknown", refusal(() -> work(w -> w.update(staff, plan.id(), null, unknownCourse))));
        PlanContent unknownPartner = content(24).with(PlanSection.IN_COMPANY, List.of(new InCompanyLine("NOBODY", 3)));
        assertEquals("plan.partner.unknown", refusal(() -> work(w -> w.update(staff, plan.id(), null, unknownPartner))));
        assertEquals("plan.submit.empty", refusal(() -> work(w -> w.submit(staff,
                work(x -> x.create(staff, "TECHNICITY", YEAR + 1, PlanContent.EMPTY)).id(), null))));
        work(w -> w.submit(staff, plan.id(), null));
        assertEquals("plan.decision.meetingInFuture", refusal(() -> work(w -> w.decide(board, plan.id(), null,
                PlanStatus.APPROVED, "Approuvé", LocalDate.now().plusDays(2)))));
        assertEquals("plan.decision.textRequired", refusal(() -> work(w -> w.decide(board, plan.id(), null,
                PlanStatus.APPROVED, "  ", MEETING))));
        assertEquals("plan.decision.invalid", refusal(() -> work(w -> w.decide(board, plan.id(), null,
                PlanStatus.DRAFT, "Retour", MEETING))));
        assertEquals("plan.year.invalid", refusal(() -> work(w -> w.create(staff, "TECHNICITY", 1999,
                PlanContent.EMPTY))));
        JointActionPlan stored = reload(plan.id());
        assertEquals(PlanStatus.SUBMITTED, stored.status());
        assertNull(stored.decisionText());
        assertEquals(24, stored.content().training().get(0).seats());
        assertEquals(List.of(PlanStep.CREATED, PlanStep.SUBMITTED), steps(plan.id()));
    }

    @Test
    void theHistoryIsAppendOnly() {
        JointActionPlan plan = draft(YEAR);
        assertThrows(IllegalStateException.class, () -> database.execute("update plan_history set actor = 'someone'"));
        assertThrows(IllegalStateException.class, () -> database.execute("delete from plan_history"));
        assertEquals("plan.staff", work(w -> w.history(staff, plan.id())).get(0).actor());
    }
}
