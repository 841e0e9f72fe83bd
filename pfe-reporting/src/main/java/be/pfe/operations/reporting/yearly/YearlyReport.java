package be.pfe.operations.reporting.yearly;

import be.pfe.operations.reporting.occupancy.OccupancyReport;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly figures of a centre (or of all centres): the public table's three lines, their breakdowns, and the
 * seat occupancy of the year by month (the occupancy dashboard's rules).
 *
 * @param centreName the centre's name, {@code null} for all centres together
 */
public record YearlyReport(YearlyQuery query, String centreName, Map<YearlyLine, Long> headline,
                           List<YearlyBreakdown> breakdowns, OccupancyReport occupancy) {

    public YearlyReport {
        EnumMap<YearlyLine, Long> all = new EnumMap<>(YearlyLine.class);
        for (YearlyLine line : YearlyLine.values()) {
            all.put(line, headline.getOrDefault(line, 0L));
        }
        headline = Map.copyOf(all);
        breakdowns = List.copyOf(breakdowns);
    }

    public long spots(YearlyLine line) {
        return headline.get(line);
    }

    public long total() {
        return headline.values().stream().mapToLong(Long::longValue).sum();
    }

    public YearlyBreakdown breakdown(YearlyDimension dimension) {
        return breakdowns.stream().filter(breakdown -> breakdown.dimension() == dimension).findFirst()
                .orElseThrow();
    }

    public boolean allCentres() {
        return query.centre() == null;
    }
}
