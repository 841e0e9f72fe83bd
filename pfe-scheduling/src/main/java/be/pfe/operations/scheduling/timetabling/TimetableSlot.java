package be.pfe.operations.scheduling.timetabling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A time of the week a lesson can take place, in Brussels wall-clock time (e.g. Monday 09:00-12:30).
 * <p>
 * The solver's own, plain copy of the calendar's weekly slot: the solver compares slots millions of times, so
 * it works on a small immutable value with no persistence mapping. Times stay wall-clock times: a lesson at
 * 09:00 stays at 09:00 across daylight-saving changes.
 */
public record TimetableSlot(DayOfWeek day, LocalTime start, LocalTime end) implements Comparable<TimetableSlot> {

    private static final Comparator<TimetableSlot> CHRONOLOGICAL = Comparator.comparing(TimetableSlot::day)
            .thenComparing(TimetableSlot::start).thenComparing(TimetableSlot::end);

    public TimetableSlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A weekly slot must end after it starts: " + start + "-" + end);
        }
    }

    /** A slot from wall-clock texts, e.g. {@code TimetableSlot.of(MONDAY, "09:00", "12:30")}. */
    public static TimetableSlot of(DayOfWeek day, String start, String end) {
        return new TimetableSlot(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    /** True when both slots are on the same weekday and share at least one minute. */
    public boolean overlaps(TimetableSlot other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }

    /**
     * True when this slot wholly contains the other: a trainer available on Monday 08:30-17:00 is available for
     * a lesson on Monday 09:00-12:30.
     */
    public boolean covers(TimetableSlot other) {
        return day == other.day && !start.isAfter(other.start) && !end.isBefore(other.end);
    }

    /**
     * True when the two slots are on the same day, do not overlap, and the break between them is at most
     * {@code maxBreak}: a group can stay on site between the two, as between a morning and an afternoon.
     */
    public boolean followsClosely(TimetableSlot other, Duration maxBreak) {
        if (day != other.day || overlaps(other)) {
            return false;
        }
        TimetableSlot earlier = start.isBefore(other.start) ? this : other;
        TimetableSlot later = earlier == this ? other : this;
        return Duration.between(earlier.end, later.start).compareTo(maxBreak) <= 0;
    }

    @Override
    public int compareTo(TimetableSlot other) {
        return CHRONOLOGICAL.compare(this, other);
    }

    @Override
    public String toString() {
        return day + " " + start + "-" + end;
    }
}
