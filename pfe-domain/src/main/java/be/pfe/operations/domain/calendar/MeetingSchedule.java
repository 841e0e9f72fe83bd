package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.DateWindow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The meetings a weekly pattern gives over a period, skipping the days the centre is closed; the skipped
 * days are kept, with their reason, so staff can see why a week has fewer meetings (and plan a make-up day).
 */
public record MeetingSchedule(List<MeetingTime> meetings, List<ClosedDay> skipped) {

    public MeetingSchedule {
        meetings = List.copyOf(meetings);
        skipped = List.copyOf(skipped);
    }

    public static MeetingSchedule generate(DateRange period, Collection<WeeklySlot> pattern, ClosingCalendar closed) {
        DateWindow.requireSessionLength(period);
        TreeSet<WeeklySlot> slots = new TreeSet<>(pattern);
        List<MeetingTime> meetings = new ArrayList<>();
        List<ClosedDay> skipped = new ArrayList<>();
        for (LocalDate day = period.start(); !day.isAfter(period.end()); day = day.plusDays(1)) {
            LocalDate today = day;
            List<WeeklySlot> ofTheDay = slots.stream().filter(slot -> slot.day() == today.getDayOfWeek()).toList();
            if (ofTheDay.isEmpty()) {
                continue;
            }
            var closure = closed.closure(day);
            if (closure.isPresent()) {
                skipped.add(closure.get());
                continue;
            }
            ofTheDay.forEach(slot -> meetings.add(new MeetingTime(today, slot.start(), slot.end())));
        }
        return new MeetingSchedule(meetings, skipped);
    }

    /** Hours of teaching over all meetings. */
    public double hours() {
        return meetings.stream()
                .mapToLong(m -> java.time.Duration.between(m.start(), m.end()).toMinutes())
                .sum() / 60.0;
    }
}
