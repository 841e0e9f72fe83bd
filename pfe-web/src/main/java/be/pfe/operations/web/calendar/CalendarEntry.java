package be.pfe.operations.web.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/** One meeting as the calendar page shows it. */
public record CalendarEntry(long meetingId, long sessionId, String courseCode, String courseTitle, String roomCode,
                            LocalDate date, LocalTime start, LocalTime end, boolean cancelled) {
}
