package be.pfe.operations.web.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One meeting as the calendar page shows it.
 *
 * @param conflicts the conflicts it has now, each explained in the user's language (empty: none)
 */
public record CalendarEntry(long meetingId, long sessionId, String courseCode, String courseTitle, String roomCode,
                            LocalDate date, LocalTime start, LocalTime end, boolean cancelled,
                            List<String> conflicts) {

    public CalendarEntry {
        conflicts = List.copyOf(conflicts);
    }
}
