package be.pfe.operations.reporting.yearly;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The yearly report of a closed year, reproducible (issue 16): the first time it is produced, the records each line
 * counts are kept (table {@code yearly_snapshot}); every later report of that year compares with them and lists the
 * corrections made since (records counted now and not then, or then and not now). A year still running has none.
 */
@ApplicationScoped
public class YearlySnapshots {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    /** A record counted now and not when first produced ({@code ADDED}), or the other way round ({@code REMOVED}). */
    public record Correction(YearlyLine line, String kind, long record, String change) {
    }

    /**
     * How a closed year's report compares with its first production: when that was, its figures, and the
     * corrections since ({@code corrected} when there are any).
     */
    public record Reproduction(OffsetDateTime firstProducedAt, Map<YearlyLine, Long> firstFigures, boolean corrected,
                               List<Correction> corrections) {
    }

    /** Corrections listed at most (their number is in the figures' differences). */
    static final int MAX_CORRECTIONS = 500;

    @Inject
    YearlyFigures figures;
    @Inject
    YearlySnapshotStore store;

    /** The reproduction of a closed year's report of the (already scoped) query; {@code null} for a running year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reproduction reproduction(YearlyQuery query) {
        if (query.asOf() != null || !query.year().isBefore(Year.now(clock))) {
            return null;
        }
        String centre = query.centre() == null ? "*" : query.centre();
        Map<YearlyLine, SortedSet<String>> now = figures.countedRecords(query);
        List<Object[]> rows = store.kept(centre, query.year().getValue());
        if (rows.isEmpty()) {
            store.keep(centre, query.year().getValue(), now);
            Map<YearlyLine, Long> figuresNow = new EnumMap<>(YearlyLine.class);
            now.forEach((line, records) -> figuresNow.put(line, (long) records.size()));
            return new Reproduction(OffsetDateTime.now(clock), figuresNow, false, List.of());
        }
        Map<YearlyLine, Long> first = new EnumMap<>(YearlyLine.class);
        List<Correction> corrections = new ArrayList<>();
        OffsetDateTime takenAt = null;
        for (Object[] row : rows) {
            YearlyLine line = YearlyLine.valueOf((String) row[0]);
            first.put(line, ((Number) row[1]).longValue());
            takenAt = moment(row[3]);
            SortedSet<String> then = new TreeSet<>();
            String stored = (String) row[2];
            if (!stored.isEmpty()) {
                then.addAll(List.of(stored.split(",")));
            }
            SortedSet<String> current = now.getOrDefault(line, new TreeSet<>());
            for (String record : current) {
                if (!then.contains(record)) {
                    corrections.add(correction(line, record, "ADDED"));
                }
            }
            for (String record : then) {
                if (!current.contains(record)) {
                    corrections.add(correction(line, record, "REMOVED"));
                }
            }
        }
        boolean corrected = !corrections.isEmpty();
        return new Reproduction(takenAt, first, corrected,
                corrections.size() > MAX_CORRECTIONS ? corrections.subList(0, MAX_CORRECTIONS) : corrections);
    }

    private static Correction correction(YearlyLine line, String record, String change) {
        int colon = record.indexOf(':');
        return new Correction(line, record.substring(0, colon), Long.parseLong(record.substring(colon + 1)), change);
    }

    private static OffsetDateTime moment(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
