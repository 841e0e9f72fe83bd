package be.pfe.operations.web.plan;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.plan.JointActionPlan;
import be.pfe.operations.domain.plan.PlanContent;
import be.pfe.operations.domain.plan.PlanDiff;
import be.pfe.operations.domain.plan.PlanStatus;
import be.pfe.operations.domain.plan.PlanSummary;
import be.pfe.operations.domain.plan.PlanWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the plan pages and the plan API do, each request one transaction, answered with views: the rules and the
 * permissions are {@link PlanWorkflow}'s.
 */
@ApplicationScoped
@Transactional
public class PlanDesk {

    @Inject
    Actor actor;
    @Inject
    PlanWorkflow workflow;

    private PlanWorkflow workflow() {
        return workflow;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanSummary> list(String centreCode, Integer year) {
        return workflow().list(actor, centreCode, year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDto get(long id) {
        return PlanDto.of(workflow().get(actor, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanVersionDto> versions(long id) {
        return workflow().versions(actor, id).stream().map(PlanVersionDto::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanHistoryDto> history(long id) {
        PlanWorkflow workflow = workflow();
        Map<Long, Integer> numbers = workflow.versions(actor, id).stream()
                .collect(Collectors.toMap(JointActionPlan::id, JointActionPlan::versionNumber));
        return workflow.history(actor, id).stream().map(entry -> PlanHistoryDto.of(entry, numbers)).toList();
    }

    /** From the given version, or from the previous one when none is given, to this one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDiff diff(long id, Long fromId) {
        return fromId == null ? workflow().diffWithPrevious(actor, id) : workflow().diff(actor, fromId, id);
    }

    public PlanDto create(String centreCode, int year, PlanContent content) {
        return PlanDto.of(workflow().create(actor, centreCode, year, content));
    }

    public PlanDto startFromPreviousYear(String centreCode, int year) {
        return PlanDto.of(workflow().startFromPreviousYear(actor, centreCode, year));
    }

    public PlanDto update(long id, Long revision, PlanContent content) {
        return PlanDto.of(workflow().update(actor, id, revision, content));
    }

    public PlanDto submit(long id, Long revision) {
        return PlanDto.of(workflow().submit(actor, id, revision));
    }

    public PlanDto decide(long id, Long revision, PlanStatus decision, String text, LocalDate meetingDate) {
        return PlanDto.of(workflow().decide(actor, id, revision, decision, text, meetingDate));
    }

    public PlanDto newVersion(long id) {
        return PlanDto.of(workflow().newVersion(actor, id));
    }

    /** Whether the signed-in user may draft plans of this centre / decide on them as its board. */
    public boolean mayEdit(String centreCode) {
        return actor.may(Access.PLAN_EDITING, centreCode);
    }

    public boolean mayDecide(String centreCode) {
        return actor.may(Access.PLAN_DECISION, centreCode);
    }

    /** Whether the user may open the records behind the centre's figures. */
    public boolean mayReadRecords(String centreCode) {
        return actor.may(Access.RECORDS, centreCode);
    }
}
