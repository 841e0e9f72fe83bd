package be.pfe.operations.web.plan;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.plan.JointActionPlans;
import be.pfe.operations.domain.plan.PlanTarget;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.targets.Target;
import be.pfe.operations.reporting.targets.TargetComparison;
import be.pfe.operations.reporting.targets.TargetsVersusActuals;
import be.pfe.operations.reporting.yearly.SpotRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;

/**
 * A plan's targets next to the actual figures of its centre and year, computed live from operations today, with the
 * year-end projection and the status; and the records behind an actual figure. The plan was read through
 * {@link PlanDesk}, which checked the user may read it; the records need access to the centre's records, the
 * learners' names access to its personal data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanActuals {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    TargetsVersusActuals targets;
    @Inject
    JointActionPlans plans;
    @Inject
    Actor actor;

    /** The targets of a plan version (as read by the user) against today's actual figures. */
    public List<TargetComparison> of(PlanDto plan) {
        return compare(plan.centre(), plan.year(), plan.content().targets().stream()
                .map(target -> new Target(target.indicator(), target.value().doubleValue())).toList());
    }

    /**
     * The targets of the plan in force (the latest approved version of the centre's plan for the year) against the
     * actual figures; none when no plan was approved. For the yearly report, whose caller checked the user may read
     * the centre's figures.
     */
    public List<TargetComparison> ofPlanInForce(String centre, int year) {
        if (centre == null) {
            return List.of();
        }
        List<Target> inForce = plans.latestApproved(centre, year).stream()
                .flatMap(plan -> plan.content().targets().stream())
                .map(PlanActuals::target).toList();
        return compare(centre, year, inForce);
    }

    public List<SpotRecord> recordsBehind(PlanDto plan, Indicator indicator, Locale locale) {
        actor.require(Access.RECORDS, plan.centre());
        return targets.recordsBehind(plan.centre(), Year.of(plan.year()), indicator,
                actor.may(Access.PERSONAL_DATA, plan.centre()), Language.of(locale));
    }

    private List<TargetComparison> compare(String centre, int year, List<Target> given) {
        return given.isEmpty() ? List.of()
                : targets.compare(centre, Year.of(year), given, LocalDate.now(clock));
    }

    private static Target target(PlanTarget target) {
        return new Target(target.indicator(), target.value().doubleValue());
    }
}
