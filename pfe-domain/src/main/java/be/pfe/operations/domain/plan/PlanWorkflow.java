package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.audit.AuditAction;
import be.pfe.operations.domain.audit.AuditTrail;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.course.Courses;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The approval workflow of the Joint Action Plans. Centre staff of the plan's centre (and administrators:
 * {@link Access#PLAN_EDITING}) create a draft, change it and submit it; the board members of that centre
 * ({@link Access#PLAN_DECISION}), and nobody else, approve it, reject it or ask for amendments; whoever reads the
 * centre's records reads its plans. Every step and every change goes into the plan's history and the audit trail.
 * Changes name the revision the user started from: if someone saved in between, the change is refused
 * ({@link PlanChangedMeanwhileException}). Call each command in a transaction of its own. One instance serves the
 * application (CDI, with the application's clock); tests construct their own.
 */
@ApplicationScoped
public class PlanWorkflow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int AUDIT_DETAIL = 480;

    private final JointActionPlans plans;
    private final Centres centres;
    private final Courses courses;
    private final PartnerOrganisations partners;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's proxy only. */
    protected PlanWorkflow() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public PlanWorkflow(JointActionPlans plans, Centres centres, Courses courses, PartnerOrganisations partners,
                        AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.centres = centres;
        this.courses = courses;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest version of each plan the actor may read, optionally of one centre and one year. */
    public List<PlanSummary> list(Actor actor, String centreCode, Integer year) {
        actor.requireAny(Access.RECORDS);
        if (centreCode != null) {
            actor.require(Access.RECORDS, centreCode);
        }
        Actor.CentreScope scope = actor.scope(Access.RECORDS);
        return plans.summaries(scope.all() ? null : scope.centres(), centreCode, year);
    }

    /** One version of a plan. */
    public JointActionPlan get(Actor actor, long id) {
        JointActionPlan plan = plans.byId(id).orElseThrow(() -> actor.may(Access.RECORDS, null) ? unknown(id)
                : AccessDeniedException.toRecord(Access.RECORDS));
        requireOn(actor, Access.RECORDS, plan);
        return plan;
    }

    /** The access on this plan's centre, refused without naming the plan nor its centre. */
    private static void requireOn(Actor actor, Access access, JointActionPlan plan) {
        if (!actor.may(access, plan.centre().code())) {
            throw AccessDeniedException.on(actor, access, plan.centre().code());
        }
    }

    /** Every version of the plan this version belongs to, oldest first. */
    public List<JointActionPlan> versions(Actor actor, long id) {
        JointActionPlan plan = get(actor, id);
        return plans.versions(plan.centre().code(), plan.year());
    }

    /** The history of every version of the plan this version belongs to, oldest first. */
    public List<PlanHistoryEntry> history(Actor actor, long id) {
        return plans.history(versions(actor, id).stream().map(JointActionPlan::id).toList());
    }

    /** What changed from the version this one was copied from (nothing for a first version). */
    public PlanDiff diffWithPrevious(Actor actor, long id) {
        JointActionPlan plan = get(actor, id);
        JointActionPlan previous = plan.previousVersion();
        return PlanDiff.between(previous == null ? plan.content() : previous.content(), plan.content());
    }

    /** What changed from one version to another of the same plan. */
    public PlanDiff diff(Actor actor, long fromId, long toId) {
        JointActionPlan from = get(actor, fromId);
        JointActionPlan to = get(actor, toId);
        if (!from.centre().equals(to.centre()) || from.year() != to.year()) {
            throw new BusinessRuleException("plan.diff.otherPlan", null);
        }
        return PlanDiff.between(from.content(), to.content());
    }

    /** A first draft of a centre's plan for a year that has none yet. */
    public JointActionPlan create(Actor actor, String centreCode, int year, PlanContent content) {
        Centre centre = editableCentre(actor, centreCode);
        refuseExisting(centre, year);
        checkReferences(content);
        JointActionPlan plan = plans.add(JointActionPlan.firstVersion(centre, year, content, actor.username(), now()));
        PlanDiff added = PlanDiff.between(PlanContent.EMPTY, content);
        step(actor, plan, PlanStep.CREATED, added.isEmpty() ? null : added.summary(PlanHistoryEntry.DETAIL_LENGTH),
                AuditAction.PLAN_CREATED);
        return plan;
    }

    /**
     * A first draft of a centre's plan for a year, copying the previous year's plan: its latest approved version, or
     * its latest version when none was approved. The actions' deadlines move on by one year.
     */
    public JointActionPlan startFromPreviousYear(Actor actor, String centreCode, int year) {
        Centre centre = editableCentre(actor, centreCode);
        refuseExisting(centre, year);
        JointActionPlan source = plans.latestApproved(centre.code(), year - 1)
                .or(() -> plans.latest(centre.code(), year - 1))
                .orElseThrow(() -> new BusinessRuleException("plan.previousYear.none", null, centre.name(), String.valueOf(year - 1)));
        JointActionPlan plan = plans.add(JointActionPlan.firstVersion(centre, year, source.content().nextYear(),
                actor.username(), now()));
        step(actor, plan, PlanStep.STARTED_FROM_PREVIOUS_YEAR, "from " + source.reference() + " (" + source.status() + ")",
                AuditAction.PLAN_CREATED);
        return plan;
    }

    /** A new draft version of a plan whose latest version the board has approved or rejected. */
    public JointActionPlan newVersion(Actor actor, long id) {
        JointActionPlan plan = get(actor, id);
        requireOn(actor, Access.PLAN_EDITING, plan);
        return next(actor, plan);
    }

    /** The next version of the latest version of a plan (refused on an older one), a draft copying it. */
    private JointActionPlan next(Actor actor, JointActionPlan plan) {
        JointActionPlan latest = plans.latest(plan.centre().code(), plan.year()).orElseThrow();
        if (!latest.equals(plan)) {
            throw new BusinessRuleException("plan.version.notLatest", null, plan.versionNumber(), latest.versionNumber());
        }
        JointActionPlan next = plans.add(plan.nextVersion(actor.username(), now()));
        step(actor, next, PlanStep.NEW_VERSION, "from " + plan.reference() + " (" + plan.status() + ")",
                AuditAction.PLAN_CREATED);
        return next;
    }

    /** Replaces the contents of a draft (or of a version sent back for amendments), from the revision the user read. */
    public JointActionPlan update(Actor actor, long id, Long revision, PlanContent content) {
        JointActionPlan read = changing(actor, id, revision, Access.PLAN_EDITING);
        checkReferences(content);
        JointActionPlan plan = amendable(actor, read);
        PlanDiff diff = plan.replaceContent(content, actor.username(), now());
        plans.markChanged(plan);
        step(actor, plan, PlanStep.EDITED, diff.isEmpty() ? null : diff.summary(PlanHistoryEntry.DETAIL_LENGTH),
                AuditAction.PLAN_CHANGED);
        return plan;
    }

    /** Hands the version to the board. */
    public JointActionPlan submit(Actor actor, long id, Long revision) {
        JointActionPlan plan = amendable(actor, changing(actor, id, revision, Access.PLAN_EDITING));
        plan.submit(actor.username(), now());
        plans.markChanged(plan);
        step(actor, plan, PlanStep.SUBMITTED, null, AuditAction.PLAN_SUBMITTED);
        return plan;
    }

    /** The board's decision on a submitted version, with its text and the date of the board meeting. */
    public JointActionPlan decide(Actor actor, long id, Long revision, PlanStatus decision, String text,
                                  LocalDate meetingDate) {
        JointActionPlan plan = changing(actor, id, revision, Access.PLAN_DECISION);
        plan.decide(decision, text, meetingDate, actor.username(), now());
        plans.markChanged(plan);
        PlanStep step = PlanStep.valueOf(decision.name());
        step(actor, plan, step, "meeting " + meetingDate + ": " + plan.decisionText(), AuditAction.PLAN_DECIDED);
        return plan;
    }

    /**
     * The version staff's change goes to: the version itself, or, when the board sent it back for amendments, a new
     * version copying it (the decision and its banner stay on the version they were taken on; the board reads the
     * differences).
     */
    private JointActionPlan amendable(Actor actor, JointActionPlan plan) {
        return plan.status() == PlanStatus.AMENDMENTS_REQUESTED ? next(actor, plan) : plan;
    }

    private JointActionPlan changing(Actor actor, long id, Long revision, Access access) {
        JointActionPlan plan = get(actor, id);
        requireOn(actor, access, plan);
        if (revision != null && revision != plan.revision()) {
            throw new PlanChangedMeanwhileException(plan.updatedBy(), WHEN.format(plan.updatedAt().atZoneSameInstant(clock.getZone())));
        }
        return plan;
    }

    private Centre editableCentre(Actor actor, String centreCode) {
        if (centreCode == null || centreCode.isBlank()) {
            throw new BusinessRuleException("plan.centre.required", "centre");
        }
        actor.require(Access.PLAN_EDITING, centreCode);
        return centres.byCode(centreCode).orElseThrow(() -> new NotFoundException("centre.unknown", "centre", centreCode));
    }

    private void refuseExisting(Centre centre, int year) {
        Optional<JointActionPlan> existing = plans.latest(centre.code(), year);
        if (existing.isPresent()) {
            throw new BusinessRuleException("plan.exists", "year", centre.name(), String.valueOf(year));
        }
    }

    /** Every course and partner a line names exists. */
    private void checkReferences(PlanContent content) {
        content.training().forEach(line -> {
            if (courses.byCode(line.courseCode()).isEmpty()) {
                throw new BusinessRuleException("plan.course.unknown", "course", line.courseCode());
            }
            partner(line.partnerCode());
        });
        content.inCompany().forEach(line -> partner(line.partnerCode()));
        content.actions().forEach(line -> partner(line.ownerCode()));
        content.organisation().forEach(line -> partner(line.partnerCode()));
    }

    private void partner(String code) {
        if (partners.byCode(code).isEmpty()) {
            throw new BusinessRuleException("plan.partner.unknown", "partner", code);
        }
    }

    private void step(Actor actor, JointActionPlan plan, PlanStep step, String detail, AuditAction action) {
        plans.record(new PlanHistoryEntry(plan.id(), now(), actor.username(), step, detail));
        String audited = step + (detail == null ? "" : ": " + detail);
        audit.record(actor.username(), action, "plan " + plan.id() + " " + plan.reference(),
                audited.length() <= AUDIT_DETAIL ? audited : audited.substring(0, AUDIT_DETAIL - 1) + "…");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("plan.unknown", null, id);
    }
}
