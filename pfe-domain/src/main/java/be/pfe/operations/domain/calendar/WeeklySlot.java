package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A recurring time of the week when a session meets, e.g. Monday 09:00-12:30, in Brussels local time.
 * Kept as wall-clock times, never as instants: a meeting at 09:00 stays at 09:00 across daylight-saving changes.
 */
@Embeddable
public class WeeklySlot implements Comparable<WeeklySlot> {

    private static final Comparator<WeeklySlot> ORDER = Comparator.comparing(WeeklySlot::day)
            .thenComparing(WeeklySlot::start).thenComparing(WeeklySlot::end);

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected WeeklySlot() {
        // for JPA
    }

    public WeeklySlot(DayOfWeek day, LocalTime start, LocalTime end) {
        if (day == null) {
            throw new BusinessRuleException("slot.day.required", "day");
        }
        if (start == null || end == null) {
            throw new BusinessRuleException("slot.time.required", "start");
        }
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("slot.endNotAfterStart", "end", start, end);
        }
        this.day = day;
        this.start = start;
        this.end = end;
    }

    /** A slot from text such as {@code MONDAY 09:00-12:30}. */
    public static WeeklySlot of(DayOfWeek day, String start, String end) {
        return new WeeklySlot(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    /** True when both slots are on the same weekday and share at least one minute. */
    public boolean overlaps(WeeklySlot other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(WeeklySlot other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklySlot that && day == that.day && start.equals(that.start) && end.equals(that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, start, end);
    }

    @Override
    public String toString() {
        return day + " " + start + "-" + end;
    }
}
