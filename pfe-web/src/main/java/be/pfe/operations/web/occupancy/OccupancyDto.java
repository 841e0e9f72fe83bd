package be.pfe.operations.web.occupancy;

import be.pfe.operations.reporting.occupancy.OccupancyFigure;
import be.pfe.operations.reporting.occupancy.OccupancyReport;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The occupancy figures of a period as the API gives them, with the counting rule applied, in words. */
@Schema(name = "OccupancyView")
public record OccupancyDto(int year, Integer month, String by, List<Figure> figures, Figure total, String rule) {

    /** One group's figures; rates are fractions (0.75 = 75 %), {@code null} where nothing is offered. */
    public record Figure(String key, String label, long seatsOccupied, Long seatsOffered, Double occupancyRate,
                         double seatHoursAttended, Double seatHoursOffered, Double attendanceRate) {

        static Figure of(OccupancyFigure figure) {
            return new Figure(figure.key(), figure.label(), figure.seatsOccupied(), figure.seatsOffered(),
                    figure.occupancyRate(), figure.seatHoursAttended(), figure.seatHoursOffered(),
                    figure.attendanceRate());
        }
    }

    static OccupancyDto of(OccupancyReport report, String rule) {
        return new OccupancyDto(report.query().year().getValue(), report.query().month(), report.query().by().name(),
                report.figures().stream().map(Figure::of).toList(), Figure.of(report.total()), rule);
    }
}
