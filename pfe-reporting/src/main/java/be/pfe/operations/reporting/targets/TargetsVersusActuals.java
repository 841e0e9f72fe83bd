package be.pfe.operations.reporting.targets;

import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.yearly.Actual;
import be.pfe.operations.reporting.yearly.Actuals;
import be.pfe.operations.reporting.yearly.SpotRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * A plan's targets against the actual figures computed live from operations. Independent of how plans are stored:
 * the caller hands over (indicator, target) pairs for a centre and a year.
 */
@ApplicationScoped
public class TargetsVersusActuals {

    @Inject
    Actuals actuals;

    protected TargetsVersusActuals() {
        // for CDI
    }

    public TargetsVersusActuals(Actuals actuals) {
        this.actuals = actuals;
    }

    public List<TargetComparison> compare(String centre, Year year, List<Target> targets, LocalDate asOf) {
        boolean yearOver = asOf.isAfter(year.atMonth(12).atEndOfMonth());
        return targets.stream().map(target -> {
            Actual actual = actuals.actual(centre, year, target.indicator(), asOf);
            return new TargetComparison(target.indicator(), target.value(), actual.value(), actual.projection(),
                    TargetStatus.of(target.indicator().isRate(), target.value(), actual.value(), actual.projection(),
                            yearOver));
        }).toList();
    }

    /** The records behind an indicator's actual figure (learners' names only when {@code withNames}). */
    public List<SpotRecord> recordsBehind(String centre, Year year, Indicator indicator, boolean withNames,
                                          Language language) {
        return actuals.recordsBehind(centre, year, indicator, withNames, language);
    }
}
