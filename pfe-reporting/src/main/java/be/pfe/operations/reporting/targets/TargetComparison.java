package be.pfe.operations.reporting.targets;

import be.pfe.operations.domain.plan.Indicator;

/** A target next to the actual figure on a day, its year-end projection and how it stands. */
public record TargetComparison(Indicator indicator, double target, double actual, double projection,
                               TargetStatus status) {
}
