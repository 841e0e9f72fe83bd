package be.pfe.operations.scheduling.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One meeting as a subscribed calendar (Outlook, Thunderbird) shows it. The day and times are Brussels
 * wall-clock times and are written as such, never converted to UTC: a meeting at 09:00 stays at 09:00 on
 * both sides of a daylight-saving change.
 *
 * <p>A meeting ends on the day it starts: training days never run past midnight.
 *
 * @param uid          identifies the meeting for good, e.g. {@code meeting-123@pfe-operations}; clients match
 *                     changes and cancellations on it, so the same meeting must always get the same uid
 * @param summary      the title shown in the calendar
 * @param description  free text, or {@code null}
 * @param location     where it takes place (centre and room), or {@code null}
 * @param date         the day, in Brussels
 * @param start        when it starts, Brussels wall-clock time
 * @param end          when it ends, Brussels wall-clock time, after {@code start}
 * @param cancelled    a cancelled meeting stays in the feed, marked cancelled, so that subscribed calendars
 *                     remove it instead of keeping a stale copy
 * @param sequence     revision of the meeting, from 0, one more each time it changes: clients ignore a copy
 *                     whose sequence is lower than the one they already hold
 * @param lastModified when the meeting last changed
 */
public record CalendarEvent(String uid, String summary, String description, String location, LocalDate date,
                            LocalTime start, LocalTime end, boolean cancelled, int sequence,
                            Instant lastModified) {

    public CalendarEvent {
        requireText(uid, "uid");
        requireText(summary, "summary");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(lastModified, "lastModified");
        // iCalendar times stop at the second: truncate first so that the check below judges what is written.
        start = start.truncatedTo(ChronoUnit.SECONDS);
        end = end.truncatedTo(ChronoUnit.SECONDS);
        lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Meeting " + uid + " must end after it starts: " + start + "-" + end);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("Meeting " + uid + " has a negative sequence: " + sequence);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A calendar event needs a " + name);
        }
    }
}
