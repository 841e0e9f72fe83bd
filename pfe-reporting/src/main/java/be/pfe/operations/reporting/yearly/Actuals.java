package be.pfe.operations.reporting.yearly;

import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.occupancy.OccupancyFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * The actual figure of each plan {@link Indicator} for a centre and a year, on a day, and its year-end projection.
 *
 * <p>Actual: counts take what had begun by the day (a spot, session or seat counts from its first day; certificates
 * by their date; attendance up to the day); rates are the year's as recorded so far.
 * <p>Projection (the method, also in docs/counting-rules.md): counts are what is already known for the whole year,
 * i.e. the actual plus the spots of sessions, placements, validations and screenings already recorded for the rest of
 * the year (nothing is extrapolated: a session not yet scheduled is not counted); certificates add the pending
 * candidacies of the year's validation sessions at the year's pass rate so far (all of them when no result is known
 * yet); rates are projected as they are. For a year already over the projection is the actual.
 */
@ApplicationScoped
public class Actuals {

    @Inject
    YearlyFigures figures;

    protected Actuals() {
        // for CDI
    }

    public Actuals(YearlyFigures figures) {
        this.figures = figures;
    }

    public Actual actual(String centre, Year year, Indicator indicator, LocalDate asOf) {
        YearlyQuery whole = YearlyQuery.of(year, centre);
        YearlyQuery soFar = whole.asOf(asOf);
        figures.centreName(centre);
        return switch (indicator) {
            case TRAINING_SPOTS -> line(whole, soFar, YearlyLine.TRAINING_SPOTS, indicator);
            case IN_COMPANY_TRAININGS -> line(whole, soFar, YearlyLine.IN_COMPANY_TRAINING, indicator);
            case VALIDATIONS_AND_SCREENINGS -> line(whole, soFar, YearlyLine.VALIDATIONS_AND_SCREENINGS, indicator);
            case SESSIONS -> count(indicator, figures.single(new YearlySql(soFar).sessionsHeld(false))[0],
                    figures.single(new YearlySql(whole).sessionsHeld(false))[0]);
            case SEATS_OFFERED -> count(indicator, figures.single(new YearlySql(soFar).sessionsHeld(false))[1],
                    figures.single(new YearlySql(whole).sessionsHeld(false))[1]);
            case ENROLMENTS -> count(indicator, figures.single(new YearlySql(soFar).seatsHeld(false))[0],
                    figures.single(new YearlySql(whole).seatsHeld(false))[0]);
            case CERTIFICATES -> certificates(soFar, year, asOf);
            case OCCUPANCY_RATE -> rate(indicator, occupancyRate(whole));
            case ATTENDANCE_RATE -> rate(indicator, attendanceRate(soFar));
        };
    }

    /** The records behind an actual (the whole year's, as the projection counts them); names only when allowed. */
    public List<SpotRecord> recordsBehind(String centre, Year year, Indicator indicator, boolean withNames,
                                          Language language) {
        YearlyQuery whole = YearlyQuery.of(year, centre);
        return switch (indicator) {
            case TRAINING_SPOTS -> figures.recordsBehind(whole, YearlyLine.TRAINING_SPOTS, null, null, withNames, language);
            case IN_COMPANY_TRAININGS ->
                    figures.recordsBehind(whole, YearlyLine.IN_COMPANY_TRAINING, null, null, withNames, language);
            case VALIDATIONS_AND_SCREENINGS ->
                    figures.recordsBehind(whole, YearlyLine.VALIDATIONS_AND_SCREENINGS, null, null, withNames, language);
            case SESSIONS, SEATS_OFFERED, OCCUPANCY_RATE, ATTENDANCE_RATE ->
                    figures.records(new YearlySql(whole).sessionsHeld(true), withNames);
            case ENROLMENTS -> figures.records(new YearlySql(whole).seatsHeld(true), withNames);
            case CERTIFICATES -> figures.records(new YearlySql(whole).certificates(true), withNames);
        };
    }

    private Actual line(YearlyQuery whole, YearlyQuery soFar, YearlyLine line, Indicator indicator) {
        return new Actual(indicator, figures.headline(soFar).get(line), figures.headline(whole).get(line));
    }

    private static Actual count(Indicator indicator, Object soFar, Object known) {
        return new Actual(indicator, ((Number) soFar).doubleValue(), ((Number) known).doubleValue());
    }

    private static Actual rate(Indicator indicator, double percent) {
        return new Actual(indicator, percent, percent);
    }

    private Actual certificates(YearlyQuery soFar, Year year, LocalDate asOf) {
        Object[] row = figures.single(new YearlySql(soFar).certificates(false));
        long passed = ((Number) row[0]).longValue();
        long failed = ((Number) row[1]).longValue();
        long pending = ((Number) row[2]).longValue();
        long issued = ((Number) row[3]).longValue();
        if (asOf.isAfter(year.atMonth(12).atEndOfMonth())) {
            return new Actual(Indicator.CERTIFICATES, issued, issued);
        }
        double passRate = passed + failed == 0 ? 1.0 : (double) passed / (passed + failed);
        long stillToIssue = Math.max(0, passed - issued);
        return new Actual(Indicator.CERTIFICATES, issued, issued + stillToIssue + Math.round(pending * passRate));
    }

    private double occupancyRate(YearlyQuery whole) {
        OccupancyFigure total = figures.occupancyTotal(whole).total();
        return total.occupancyRate() == null ? 0 : percent(total.occupancyRate());
    }

    private double attendanceRate(YearlyQuery soFar) {
        Object[] row = figures.single(new YearlySql(soFar).attendance());
        long expected = ((Number) row[1]).longValue();
        return expected == 0 ? 0 : percent(((Number) row[0]).doubleValue() / expected);
    }

    private static double percent(double ratio) {
        return Math.round(ratio * 1000) / 10.0;
    }
}
