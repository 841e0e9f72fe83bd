package be.pfe.operations.domain.shared;

import java.time.LocalDate;

/**
 * The dates the application accepts, whatever they come from (a page, the REST API, an imported file): from
 * {@link #earliest()} to {@link #latest()} (2000-01-01 to 2100-12-31 unless configured otherwise), and periods of
 * sessions and of their weekly patterns at most {@link #maxSessionYears()} years long (3 unless configured
 * otherwise). A date far out is a typing error, and a period of centuries would write meetings by the ten
 * thousand. Birth dates have their own plausibility rule ({@code learner.birthDate.implausible}).
 *
 * <p>The web module sets the configured values at start-up ({@code pfe.dates.earliest}, {@code pfe.dates.latest},
 * {@code pfe.dates.max-session-years}); the defaults hold otherwise.</p>
 */
public final class DateWindow {

    public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate DEFAULT_LATEST = LocalDate.of(2100, 12, 31);
    public static final int DEFAULT_MAX_SESSION_YEARS = 3;

    private static volatile Settings settings = new Settings(DEFAULT_EARLIEST, DEFAULT_LATEST, DEFAULT_MAX_SESSION_YEARS);

    private record Settings(LocalDate earliest, LocalDate latest, int maxSessionYears) {
    }

    private DateWindow() {
    }

    /** Sets the window; {@code null} keeps a default. Refuses an empty window or a length below one year. */
    public static void configure(LocalDate earliest, LocalDate latest, Integer maxSessionYears) {
        LocalDate from = earliest == null ? DEFAULT_EARLIEST : earliest;
        LocalDate to = latest == null ? DEFAULT_LATEST : latest;
        int years = maxSessionYears == null ? DEFAULT_MAX_SESSION_YEARS : maxSessionYears;
        if (to.isBefore(from) || years < 1) {
            throw new IllegalArgumentException("date window " + from + ".." + to + ", sessions up to " + years + " years");
        }
        settings = new Settings(from, to, years);
    }

    public static LocalDate earliest() {
        return settings.earliest();
    }

    public static LocalDate latest() {
        return settings.latest();
    }

    public static int maxSessionYears() {
        return settings.maxSessionYears();
    }

    public static boolean contains(LocalDate date) {
        Settings window = settings;
        return !date.isBefore(window.earliest()) && !date.isAfter(window.latest());
    }

    /** The date, refused when outside the window ({@code date.outsideWindow}, with the date and the window). */
    public static LocalDate requireWithin(LocalDate date, String field) {
        if (date != null && !contains(date)) {
            throw new BusinessRuleException("date.outsideWindow", field, date.toString(), earliest(), latest());
        }
        return date;
    }

    /**
     * The period of a session or of its weekly pattern, refused when longer than the configured number of years
     * ({@code period.tooLong}, about the end date).
     */
    public static DateRange requireSessionLength(DateRange period) {
        if (period != null && period.end().isAfter(period.start().plusYears(maxSessionYears()).minusDays(1))) {
            throw new BusinessRuleException("period.tooLong", "endDate", maxSessionYears(), period.start(), period.end());
        }
        return period;
    }
}
