package be.pfe.operations.web.occupancy;

import be.pfe.operations.reporting.occupancy.OccupancyFigure;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js configurations of the occupancy dashboard, as PrimeFaces 15's {@code p:chart} takes them (JSON
 * written here, labels already in the reader's language).
 */
final class OccupancyCharts {

    private static final String OCCUPIED = "#1d4ed8";
    private static final String OFFERED = "#cbd5e1";
    private static final String ATTENDED = "#059669";

    private OccupancyCharts() {
    }

    /** Seats occupied beside seats offered, per group (offered left out where it does not apply). */
    static String seats(List<OccupancyFigure> figures, Function<OccupancyFigure, String> label, String title,
                        String occupied, String offered) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(occupied, OCCUPIED, figures, figure -> figure.seatsOccupied()));
        if (!figures.isEmpty() && figures.get(0).seatsOffered() != null) {
            datasets.add(dataset(offered, OFFERED, figures, figure -> figure.seatsOffered()));
        }
        JsonObject wholeSeats = Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))).build();
        return chart("bar", labels(figures, label), datasets, title, wholeSeats);
    }

    /** Occupancy and attendance rates (in percent) month after month. */
    static String rates(List<OccupancyFigure> months, Function<OccupancyFigure, String> label, String title,
                        String occupancy, String attendance) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(occupancy, OCCUPIED, months, figure -> percent(figure.occupancyRate())))
                .add(dataset(attendance, ATTENDED, months, figure -> percent(figure.attendanceRate())));
        JsonObject percentScale = Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("min", 0).add("suggestedMax", 100)).build();
        return chart("line", labels(months, label), datasets, title, percentScale);
    }

    private static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    private static JsonArrayBuilder labels(List<OccupancyFigure> figures, Function<OccupancyFigure, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        figures.forEach(figure -> labels.add(label.apply(figure)));
        return labels;
    }

    private static JsonObjectBuilder dataset(String name, String colour, List<OccupancyFigure> figures,
                                             Function<OccupancyFigure, Number> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (OccupancyFigure figure : figures) {
            Number number = value.apply(figure);
            if (number == null) {
                data.addNull();
            } else {
                data.add(number.doubleValue());
            }
        }
        return Json.createObjectBuilder().add("label", name).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String title,
                                JsonObject scales) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title)));
        if (scales != null) {
            options.add("scales", scales);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
