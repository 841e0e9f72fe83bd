package be.pfe.operations.reporting.targets;

/**
 * How an actual figure stands against its target (thresholds in docs/counting-rules.md):
 * <ul>
 *   <li>a count: REACHED when the actual meets the target; ON_TRACK when the year-end projection does; AT_RISK when
 *   the projection reaches at least 90 % of it; BEHIND otherwise;</li>
 *   <li>a rate: REACHED when the actual meets the target once the year is over, ON_TRACK when it does while the year
 *   runs; AT_RISK from 90 % of the target; BEHIND below.</li>
 * </ul>
 */
public enum TargetStatus {
    REACHED,
    ON_TRACK,
    AT_RISK,
    BEHIND;

    /** Share of the target from which a shortfall is a risk rather than a delay. */
    public static final double AT_RISK_SHARE = 0.9;

    public static TargetStatus of(boolean rate, double target, double actual, double projection, boolean yearOver) {
        if (actual >= target) {
            return rate && !yearOver ? ON_TRACK : REACHED;
        }
        double expected = rate ? actual : projection;
        if (expected >= target) {
            return ON_TRACK;
        }
        return expected >= AT_RISK_SHARE * target ? AT_RISK : BEHIND;
    }

    /** The colour the pages and documents show it in. */
    public String colour() {
        return switch (this) {
            case REACHED -> "#1e7b34";
            case ON_TRACK -> "#2f6fb3";
            case AT_RISK -> "#b36b00";
            case BEHIND -> "#b3261e";
        };
    }
}
