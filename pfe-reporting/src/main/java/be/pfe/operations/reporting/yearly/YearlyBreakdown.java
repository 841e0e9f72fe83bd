package be.pfe.operations.reporting.yearly;

import java.util.List;

/** The spots of each line split by one dimension, in the order of the groups' keys. */
public record YearlyBreakdown(YearlyDimension dimension, List<BreakdownRow> rows) {

    public YearlyBreakdown {
        rows = List.copyOf(rows);
    }

    /** The sum of the groups on a line (the headline's figure, except by target group where groups overlap). */
    public long sum(YearlyLine line) {
        return rows.stream().mapToLong(row -> row.spots(line)).sum();
    }
}
