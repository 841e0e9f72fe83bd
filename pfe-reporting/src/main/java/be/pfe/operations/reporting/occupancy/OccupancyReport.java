package be.pfe.operations.reporting.occupancy;

import java.util.List;

/** The figures of each group, in the order of their keys, and the total of the period. */
public record OccupancyReport(OccupancyQuery query, List<OccupancyFigure> figures, OccupancyFigure total) {

    public OccupancyReport {
        figures = List.copyOf(figures);
    }
}
