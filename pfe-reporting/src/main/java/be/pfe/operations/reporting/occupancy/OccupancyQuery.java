package be.pfe.operations.reporting.occupancy;

import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.shared.BusinessRuleException;

import java.time.LocalDate;
import java.time.Year;

/**
 * Which occupancy figures: a year (or one month of it), optional filters, and what to group by. Filters are codes
 * (centre, course, partners) as in the rest of the application; {@code quotaPartner} takes {@link #POOL} for the open
 * pool.
 */
public record OccupancyQuery(Year year, Integer month, String centre, String course, String providingPartner,
                             String quotaPartner, TargetGroup targetGroup, OccupancyDimension by) {

    /** The open pool, where a quota partner is asked for. */
    public static final String POOL = "POOL";

    public OccupancyQuery {
        if (year == null) {
            throw new BusinessRuleException("occupancy.year.required", "year");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new BusinessRuleException("occupancy.month.invalid", "month", month);
        }
        centre = blankToNull(centre);
        course = blankToNull(course);
        providingPartner = blankToNull(providingPartner);
        quotaPartner = blankToNull(quotaPartner);
        by = by == null ? OccupancyDimension.CENTRE : by;
    }

    public static OccupancyQuery of(Year year, OccupancyDimension by) {
        return new OccupancyQuery(year, null, null, null, null, null, null, by);
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }

    /** The same filters, grouped otherwise. */
    public OccupancyQuery by(OccupancyDimension other) {
        return new OccupancyQuery(year, month, centre, course, providingPartner, quotaPartner, targetGroup, other);
    }

    public LocalDate periodStart() {
        return month == null ? year.atDay(1) : year.atMonth(month).atDay(1);
    }

    public LocalDate periodEnd() {
        return month == null ? year.atMonth(12).atEndOfMonth() : year.atMonth(month).atEndOfMonth();
    }

    /** Seats are offered to everyone: with a target group chosen, only what learners took is counted. */
    public boolean offeredApplies() {
        return targetGroup == null && by != OccupancyDimension.TARGET_GROUP;
    }
}
