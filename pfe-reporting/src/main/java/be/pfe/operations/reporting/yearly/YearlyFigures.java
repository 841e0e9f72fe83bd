package be.pfe.operations.reporting.yearly;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.reporting.occupancy.Occupancy;
import be.pfe.operations.reporting.occupancy.OccupancyDimension;
import be.pfe.operations.reporting.occupancy.OccupancyQuery;
import be.pfe.operations.reporting.occupancy.OccupancyReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The yearly figures of the public report, computed in the database: occupied spots on three lines (training of
 * French-speaking jobseekers by Bruxelles Formation and its partners, in-company training, validations and
 * screenings), broken down by centre, partner, course, target group and month, with the records behind each figure.
 * The rules are written once, in {@link YearlySql}, and in words in docs/counting-rules.md and the report's bundles.
 */
@ApplicationScoped
public class YearlyFigures {

    /** The group of spots without a course (or a course's partner): placements and screenings outside a training. */
    public static final String NONE = "NONE";
    /** The drill-down lists at most this many records. */
    public static final int MAX_RECORDS = 5_000;

    /** The reports' unit: a read-only standby when one is configured, else the primary (docs/operations.md). */
    @PersistenceContext(unitName = "pfe-reports")
    private EntityManager entityManager;

    protected YearlyFigures() {
        // for CDI
    }

    public YearlyFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The figures, with course titles in the reader's language. */
    public YearlyReport report(YearlyQuery query, Language language) {
        String centreName = centreName(query.centre());
        Map<YearlyLine, Long> headline = new EnumMap<>(YearlyLine.class);
        Map<YearlyDimension, Map<String, Map<YearlyLine, Long>>> groups = new EnumMap<>(YearlyDimension.class);
        Map<String, String> labels = new LinkedHashMap<>();
        for (Object[] row : rows(new YearlySql(query).counts(language))) {
            YearlyLine line = YearlyLine.valueOf((String) row[1]);
            long spots = ((Number) row[4]).longValue();
            if (row[0] == null) {
                headline.put(line, spots);
            } else {
                YearlyDimension dimension = YearlyDimension.valueOf((String) row[0]);
                groups.computeIfAbsent(dimension, d -> new TreeMap<>())
                        .computeIfAbsent((String) row[2], k -> new EnumMap<>(YearlyLine.class)).put(line, spots);
                labels.putIfAbsent(dimension + "/" + row[2], (String) row[3]);
            }
        }
        for (Object[] row : rows(new YearlySql(query).targetGroupCounts())) {
            groups.computeIfAbsent(YearlyDimension.TARGET_GROUP, d -> new TreeMap<>())
                    .computeIfAbsent((String) row[1], k -> new EnumMap<>(YearlyLine.class))
                    .put(YearlyLine.valueOf((String) row[0]), ((Number) row[2]).longValue());
            labels.putIfAbsent(YearlyDimension.TARGET_GROUP + "/" + row[1], (String) row[1]);
        }
        List<YearlyBreakdown> breakdowns = new ArrayList<>();
        for (YearlyDimension dimension : YearlyDimension.values()) {
            List<BreakdownRow> rows = new ArrayList<>();
            groups.getOrDefault(dimension, Map.of()).forEach((key, spots) ->
                    rows.add(new BreakdownRow(key, labels.get(dimension + "/" + key), spots)));
            breakdowns.add(new YearlyBreakdown(dimension, rows));
        }
        return new YearlyReport(query, centreName, headline, breakdowns, occupancy(query));
    }

    /**
     * The records each line counts, as {@code KIND:id} sorted (the reproduction of a closed year's report compares
     * them with those of its first production).
     */
    public Map<YearlyLine, java.util.SortedSet<String>> countedRecords(YearlyQuery query) {
        Map<YearlyLine, java.util.SortedSet<String>> counted = new EnumMap<>(YearlyLine.class);
        for (YearlyLine line : YearlyLine.values()) {
            counted.put(line, new java.util.TreeSet<>());
        }
        for (Object[] row : rows(new YearlySql(query).countedRecords())) {
            counted.get(YearlyLine.valueOf((String) row[0])).add(row[1] + ":" + ((Number) row[2]).longValue());
        }
        return counted;
    }

    /** The spots of each line, nothing else: what targets are compared with. */
    public Map<YearlyLine, Long> headline(YearlyQuery query) {
        Map<YearlyLine, Long> headline = new EnumMap<>(YearlyLine.class);
        for (YearlyLine line : YearlyLine.values()) {
            headline.put(line, 0L);
        }
        for (Object[] row : rows(new YearlySql(query).counts(Language.FR))) {
            if (row[0] == null) {
                headline.put(YearlyLine.valueOf((String) row[1]), ((Number) row[4]).longValue());
            }
        }
        return headline;
    }

    /**
     * The records behind one figure: a line ({@code null}: every line), a group of a dimension ({@code null}: the
     * line's total). Learners' names only when {@code withNames} (the caller decides who may see them).
     */
    public List<SpotRecord> recordsBehind(YearlyQuery query, YearlyLine line, YearlyDimension dimension, String key,
                                          boolean withNames, Language language) {
        centreName(query.centre());
        return records(new YearlySql(query).records(line, dimension, key, language, MAX_RECORDS), withNames);
    }

    /** Records from a statement of {@link YearlySql} that lists them (its columns in that order). */
    List<SpotRecord> records(YearlySql sql, boolean withNames) {
        List<SpotRecord> records = new ArrayList<>();
        for (Object[] row : rows(sql)) {
            records.add(new SpotRecord(row[0] == null ? null : YearlyLine.valueOf((String) row[0]), (String) row[1],
                    ((Number) row[2]).longValue(), (String) row[3], (String) row[4],
                    row[5] == null ? null : ((Number) row[5]).longValue(),
                    withNames && row[6] != null ? row[7] + " " + row[6] : null, date(row[8]), date(row[9])));
        }
        return records;
    }

    /** The one row of an aggregate statement. */
    Object[] single(YearlySql sql) {
        Object row = ((List<?>) rows(sql)).get(0);
        return row instanceof Object[] columns ? columns : new Object[] {row};
    }

    OccupancyReport occupancyTotal(YearlyQuery query) {
        return new Occupancy(entityManager).report(new OccupancyQuery(query.year(), null, query.centre(), null, null,
                null, null, OccupancyDimension.CENTRE));
    }

    /** Seat occupancy of the year by month, with the occupancy dashboard's rules (every session, any language). */
    private OccupancyReport occupancy(YearlyQuery query) {
        return new Occupancy(entityManager).report(new OccupancyQuery(query.year(), null, query.centre(), null, null,
                null, null, OccupancyDimension.MONTH));
    }

    String centreName(String code) {
        if (code == null) {
            return null;
        }
        List<?> names = entityManager.createNativeQuery("select name from centre where code = ?")
                .setParameter(1, code).getResultList();
        if (names.isEmpty()) {
            throw new NotFoundException("centre.unknown", "centre", code);
        }
        return (String) names.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(YearlySql sql) {
        Query query = entityManager.createNativeQuery(sql.sql());
        List<Object> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return (List<Object[]>) query.getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
