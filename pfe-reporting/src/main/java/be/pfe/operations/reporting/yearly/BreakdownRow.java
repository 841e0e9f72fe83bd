package be.pfe.operations.reporting.yearly;

import java.util.EnumMap;
import java.util.Map;

/**
 * One group of a breakdown (a centre, a partner, a course, a target group, a month) with its spots on each line.
 *
 * @param key   what the group is, as the drill-down takes it back (a code, {@link YearlyFigures#NONE}, 2049-03)
 * @param label what the group is, for people (a centre's or partner's name, a course's title)
 */
public record BreakdownRow(String key, String label, Map<YearlyLine, Long> spots) {

    public BreakdownRow {
        EnumMap<YearlyLine, Long> all = new EnumMap<>(YearlyLine.class);
        for (YearlyLine line : YearlyLine.values()) {
            all.put(line, spots.getOrDefault(line, 0L));
        }
        spots = Map.copyOf(all);
    }

    public long spots(YearlyLine line) {
        return spots.get(line);
    }

    public long total() {
        return spots.values().stream().mapToLong(Long::longValue).sum();
    }
}
