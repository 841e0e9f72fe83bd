package be.pfe.operations.reporting.yearly;

import be.pfe.operations.domain.shared.BusinessRuleException;

import java.time.LocalDate;
import java.time.Year;

/**
 * Which yearly figures: a calendar year and one centre (its code), or every centre together ({@code centre} null).
 * {@code asOf} (optional) counts only the spots begun on or before that day: the actual figure of a running year.
 */
public record YearlyQuery(Year year, String centre, LocalDate asOf) {

    public YearlyQuery {
        if (year == null) {
            throw new BusinessRuleException("report.yearly.year.required", "year");
        }
        if (year.getValue() < 2000 || year.getValue() > 2100) {
            throw new BusinessRuleException("report.yearly.year.invalid", "year", year.getValue());
        }
        centre = centre == null || centre.isBlank() ? null : centre.strip();
    }

    public static YearlyQuery of(Year year, String centre) {
        return new YearlyQuery(year, centre, null);
    }

    public YearlyQuery asOf(LocalDate day) {
        return new YearlyQuery(year, centre, day);
    }

    public LocalDate firstDay() {
        return year.atDay(1);
    }

    public LocalDate lastDay() {
        return year.atMonth(12).atEndOfMonth();
    }
}
