package be.pfe.operations.scheduling.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** Meetings for the tests: a plain confirmed morning unless told otherwise. */
final class SampleMeetings {

    static final Instant CHANGED_AT = Instant.parse("2026-02-16T14:05:09Z");

    private SampleMeetings() {
    }

    static CalendarEvent morning(String uid, String summary, LocalDate date) {
        return at(uid, summary, date, LocalTime.of(9, 0), LocalTime.of(12, 30));
    }

    static CalendarEvent at(String uid, String summary, LocalDate date, LocalTime start, LocalTime end) {
        return new CalendarEvent(uid, summary, null, null, date, start, end, false, 0, CHANGED_AT);
    }

    static CalendarEvent cancelled(String uid, String summary, LocalDate date, int sequence) {
        return new CalendarEvent(uid, summary, "Formateur malade", "Bruxelles Formation - salle 3.12", date,
                LocalTime.of(13, 30), LocalTime.of(16, 0), true, sequence, CHANGED_AT);
    }
}
