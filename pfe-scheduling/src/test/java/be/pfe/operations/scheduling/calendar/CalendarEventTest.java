package be.pfe.operations.scheduling.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a calendar event refuses to be. */
class CalendarEventTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static CalendarEvent event(String uid, String summary, LocalTime start, LocalTime end, int sequence) {
        return new CalendarEvent(uid, summary, null, null, MONDAY, start, end, false, sequence, NOW);
    }

    @Test
    void aMeetingEndsAfterItStarts() {
        assertThrows(IllegalArgumentException.class,
                () -> event("m-1@pfe-operations", "Java", LocalTime.of(12, 0), LocalTime.of(9, 0), 0));
        assertThrows(IllegalArgumentException.class,
                () -> event("m-1@pfe-operations", "Java", LocalTime.of(9, 0), LocalTime.of(9, 0), 0));
    }

    @Test
    void timesThatDifferOnlyBelowTheSecondAreTheSameTimeInTheFeed() {
        assertThrows(IllegalArgumentException.class, () -> event("m-1@pfe-operations", "Java",
                LocalTime.of(9, 0, 0, 100), LocalTime.of(9, 0, 0, 900)));
    }

    @Test
    void timesAreKeptToTheSecond() {
        CalendarEvent event = new CalendarEvent("m-1@pfe-operations", "Java", null, null, MONDAY,
                LocalTime.of(9, 0, 5, 123_000_000), LocalTime.of(12, 0), false, 0, NOW.plusNanos(999));

        assertEquals(LocalTime.of(9, 0, 5), event.start());
        assertEquals(NOW, event.lastModified());
    }

    @Test
    void aMeetingHasAUidAndATitle() {
        assertThrows(IllegalArgumentException.class,
                () -> event(" ", "Java", LocalTime.of(9, 0), LocalTime.of(12, 0), 0));
        assertThrows(IllegalArgumentException.class,
                () -> event(null, "Java", LocalTime.of(9, 0), LocalTime.of(12, 0), 0));
        assertThrows(IllegalArgumentException.class,
                () -> event("m-1@pfe-operations", "", LocalTime.of(9, 0), LocalTime.of(12, 0), 0));
    }

    @Test
    void theSequenceNeverGoesBelowZero() {
        assertThrows(IllegalArgumentException.class,
                () -> event("m-1@pfe-operations", "Java", LocalTime.of(9, 0), LocalTime.of(12, 0), -1));
    }

    @Test
    void theDayAndTimesAndRevisionTimeAreRequired() {
        assertThrows(NullPointerException.class, () -> new CalendarEvent("m-1@pfe-operations", "Java", null, null,
                null, LocalTime.of(9, 0), LocalTime.of(12, 0), false, 0, NOW));
        assertThrows(NullPointerException.class, () -> new CalendarEvent("m-1@pfe-operations", "Java", null, null,
                MONDAY, null, LocalTime.of(12, 0), false, 0, NOW));
        assertThrows(NullPointerException.class, () -> new CalendarEvent("m-1@pfe-operations", "Java", null, null,
                MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), false, 0, null));
    }

    private static CalendarEvent event(String uid, String summary, LocalTime start, LocalTime end) {
        return event(uid, summary, start, end, 0);
    }
}
