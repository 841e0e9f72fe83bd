package be.pfe.operations.reporting.targets;

import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.shared.BusinessRuleException;

/** A plan's target for an indicator (a count, or a rate in percent), as the plans hand it over. */
public record Target(Indicator indicator, double value) {

    public Target {
        if (indicator == null) {
            throw new BusinessRuleException("report.targets.indicator.required", "indicator");
        }
        if (value < 0 || indicator.isRate() && value > 100) {
            throw new BusinessRuleException("report.targets.value.invalid", "value", value);
        }
    }
}
