package be.pfe.operations.web.api;

import be.pfe.operations.domain.time.Clocks;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;

/** Reads query parameters that are not identifiers: years, small numbers, enum values. Bad ones answer 400. */
public final class QueryParameters {

    /** The first year the centres report on. */
    public static final int FIRST_YEAR = 2019;
    /** Plans reach years ahead; anything further is a typing error. */
    private static final int YEARS_AHEAD = 25;

    private QueryParameters() {
    }

    /** A year from the first the centres report on to some years ahead; this year (in Brussels) when none is given. */
    public static Year year(String value) {
        return year(value, Clocks.system());
    }

    /** The same, "this year" read from the given clock. */
    public static Year year(String value, Clock clock) {
        Year thisYear = Year.now(clock);
        if (value == null || value.isBlank()) {
            return thisYear;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < FIRST_YEAR || year > thisYear.getValue() + YEARS_AHEAD) {
                throw InvalidRequestException.parameter("year", value);
            }
            return Year.of(year);
        } catch (NumberFormatException e) {
            throw InvalidRequestException.parameter("year", value);
        }
    }

    /** A whole number, or {@code null} when none is given. */
    public static Integer integer(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.parameter(parameter, value);
        }
    }

    /** One of the enum's values by name, in any case; {@code null} when none is given. */
    public static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.parameter(parameter, value);
        }
    }
}
