package be.pfe.operations.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period of whole days, both ends included; the end is never before the start, and both are within the
 * accepted {@link DateWindow} (checked when a period is made, not when one is read from the database).
 */
@Embeddable
public class DateRange {

    @Column(name = "start_date", nullable = false)
    private LocalDate start;
    @Column(name = "end_date", nullable = false)
    private LocalDate end;

    protected DateRange() {
        // for JPA
    }

    public DateRange(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new BusinessRuleException("period.start.required", "startDate");
        }
        if (end == null) {
            throw new BusinessRuleException("period.end.required", "endDate");
        }
        DateWindow.requireWithin(start, "startDate");
        DateWindow.requireWithin(end, "endDate");
        if (end.isBefore(start)) {
            throw new BusinessRuleException("period.endBeforeStart", "endDate", start, end);
        }
        this.start = start;
        this.end = end;
    }

    public static DateRange of(Year year) {
        return new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(DateRange other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The same number of days, moved by the given number of days (earlier when negative). */
    public DateRange shiftedBy(long days) {
        return new DateRange(start.plusDays(days), end.plusDays(days));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateRange that && start.equals(that.start) && end.equals(that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
