package be.pfe.operations.reporting.occupancy;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.learner.NationalRegisterNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seat occupancy, computed in the database over sessions, seat quotas, enrolments, meetings and attendance.
 *
 * <p>Counting rules (printed with the figures):
 * <ul>
 *   <li>A session counts in a period (a year, or a month) when it is active in it (starts on or before its last day,
 *   ends on or after its first) and was not cancelled on or before its first day; a session cancelled later was
 *   held until the day it was cancelled (the yearly report's rule). It offers all its seats, split into its
 *   partners' quotas and the open pool.</li>
 *   <li>A seat is occupied by an enrolment that holds it (admitted, enrolled, completed) or held it and dropped out
 *   (or its session was cancelled) during or after the period (a spot is one learner in one activity: a learner in two sessions fills two).</li>
 *   <li>Seat-hours offered: seats × hours of each scheduled meeting in the period; cancelled meetings offer none.
 *   Seat-hours attended: the hours of the meetings a learner was marked present or late at; excused and absent
 *   learners attended none.</li>
 *   <li>By month, each month counts what was active or took place in it; the year's total counts each spot once.</li>
 * </ul>
 */
@ApplicationScoped
public class Occupancy {

    /** The drill-down shows at most this many enrolments. */
    public static final int MAX_OCCUPANTS = 2_000;

    /** The reports' unit: a read-only standby when one is configured, else the primary (docs/operations.md). */
    @PersistenceContext(unitName = "pfe-reports")
    private EntityManager entityManager;

    protected Occupancy() {
        // for CDI
    }

    public Occupancy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public OccupancyReport report(OccupancyQuery query) {
        List<Object[]> rows = rows(OccupancySql.figures(query));
        List<OccupancyFigure> figures = figures(query, rows, false);
        List<OccupancyFigure> total = figures(query, rows, true);
        return new OccupancyReport(query, figures, total.isEmpty()
                ? new OccupancyFigure("TOTAL", "", 0, query.offeredApplies() ? 0L : null, 0, query.offeredApplies() ? 0.0 : null)
                : total.get(0));
    }

    /**
     * The enrolments behind one figure of the report (its group's key; {@code null} for the total): the learner's name
     * and national register number masked. The one place that hands out learners from the figures, so that who may
     * see which learners is decided here.
     */
    public List<OccupiedSeat> enrolmentsBehind(OccupancyQuery query, String key) {
        List<OccupiedSeat> seats = new ArrayList<>();
        for (Object[] row : rows(OccupancySql.occupants(query, key, MAX_OCCUPANTS))) {
            String niss = (String) row[6];
            seats.add(new OccupiedSeat(number(row[0]), number(row[1]), (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], niss == null ? null : NationalRegisterNumber.of(niss).masked(),
                    EnrolmentStatus.valueOf((String) row[7]), (String) row[8], (String) row[9], hours(row[10])));
        }
        return seats;
    }

    /**
     * The figures of the groups, or of the total, from the rows of {@link OccupancySql#figures}: {@code measure,
     * total, key, label, value}.
     */
    private static List<OccupancyFigure> figures(OccupancyQuery query, List<Object[]> rows, boolean total) {
        Map<String, String> labels = new TreeMap<>();
        Map<OccupancySql.Measure, Map<String, Object>> values = new EnumMap<>(OccupancySql.Measure.class);
        for (Object[] row : rows) {
            if ((Boolean) row[1] == total) {
                labels.putIfAbsent((String) row[2], (String) row[3]);
                values.computeIfAbsent(OccupancySql.Measure.valueOf((String) row[0]), measure -> new HashMap<>())
                        .put((String) row[2], row[4]);
            }
        }
        List<OccupancyFigure> figures = new ArrayList<>();
        labels.forEach((key, label) -> figures.add(new OccupancyFigure(key, label,
                number(value(values, OccupancySql.Measure.SEATS_OCCUPIED, key)),
                query.offeredApplies() ? number(value(values, OccupancySql.Measure.SEATS_OFFERED, key)) : null,
                hours(value(values, OccupancySql.Measure.SEAT_HOURS_ATTENDED, key)),
                query.offeredApplies() ? hours(value(values, OccupancySql.Measure.SEAT_HOURS_OFFERED, key)) : null)));
        return figures;
    }

    /** One measure of a group, null when the group has none. */
    private static Object value(Map<OccupancySql.Measure, Map<String, Object>> values, OccupancySql.Measure measure,
                                String key) {
        return values.getOrDefault(measure, Map.of()).get(key);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(OccupancySql sql) {
        Query query = entityManager.createNativeQuery(sql.sql());
        List<Object> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return (List<Object[]>) query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Hours rounded to the minute's hundredth: figures, not sums of floating-point noise. */
    private static double hours(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }
}
