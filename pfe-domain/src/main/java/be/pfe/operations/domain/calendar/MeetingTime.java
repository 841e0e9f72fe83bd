package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.BusinessRuleException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** When one meeting of a session takes place: a day and wall-clock times in Brussels. */
public record MeetingTime(LocalDate date, LocalTime start, LocalTime end) implements Comparable<MeetingTime> {

    /** The centres' time zone: every time in the application is Brussels local time. */

    public MeetingTime {
        if (date == null || start == null || end == null) {
            throw new BusinessRuleException("meeting.time.required", "date");
        }
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("slot.endNotAfterStart", "end", start, end);
        }
    }

    /** True when the two meetings are on the same day and share at least one minute. */
    public boolean overlaps(MeetingTime other) {
        return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The same wall-clock times, the given number of days later (earlier when negative). */
    public MeetingTime shiftedBy(long days) {
        return new MeetingTime(date.plusDays(days), start, end);
    }

    public ZonedDateTime startsAt() {
        return ZonedDateTime.of(date, start, Clocks.BRUSSELS);
    }

    public ZonedDateTime endsAt() {
        return ZonedDateTime.of(date, end, Clocks.BRUSSELS);
    }

    @Override
    public int compareTo(MeetingTime other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : start.compareTo(other.start);
    }
}
