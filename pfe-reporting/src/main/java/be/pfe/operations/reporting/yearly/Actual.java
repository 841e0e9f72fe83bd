package be.pfe.operations.reporting.yearly;

import be.pfe.operations.domain.plan.Indicator;

/** An indicator's actual figure on a day and its year-end projection (a count, or a rate in percent). */
public record Actual(Indicator indicator, double value, double projection) {
}
