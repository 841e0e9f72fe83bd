package be.pfe.operations.scheduling.timetabling;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;

import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_AFTERNOON;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_ALL_DAY;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_EVENING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_LATE_MORNING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_MORNING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.TUESDAY_MORNING;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeeklySlotTest {

    private static final Duration LUNCH = Duration.ofMinutes(60);

    @Test
    void endsAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> TimetableSlot.of(DayOfWeek.MONDAY, "12:30", "09:00"));
        assertThrows(IllegalArgumentException.class, () -> TimetableSlot.of(DayOfWeek.MONDAY, "09:00", "09:00"));
    }

    @Test
    void overlapsOnlyOnTheSameDayWhenSharingAMinute() {
        assertTrue(MONDAY_MORNING.overlaps(MONDAY_LATE_MORNING));
        assertFalse(MONDAY_MORNING.overlaps(TUESDAY_MORNING));
        assertFalse(TimetableSlot.of(DayOfWeek.MONDAY, "09:00", "10:30")
                .overlaps(TimetableSlot.of(DayOfWeek.MONDAY, "10:30", "12:00")));
    }

    @Test
    void coversASlotWhollyInsideIt() {
        assertTrue(MONDAY_ALL_DAY.covers(MONDAY_MORNING));
        assertTrue(MONDAY_MORNING.covers(MONDAY_MORNING));
        assertFalse(MONDAY_ALL_DAY.covers(MONDAY_EVENING));
        assertFalse(MONDAY_LATE_MORNING.covers(MONDAY_MORNING));
    }

    @Test
    void followsCloselyInEitherOrderWithinTheBreak() {
        assertTrue(MONDAY_MORNING.followsClosely(MONDAY_AFTERNOON, LUNCH));
        assertTrue(MONDAY_AFTERNOON.followsClosely(MONDAY_MORNING, LUNCH));
        assertFalse(MONDAY_MORNING.followsClosely(MONDAY_AFTERNOON, Duration.ofMinutes(59)));
        assertFalse(MONDAY_AFTERNOON.followsClosely(MONDAY_EVENING, LUNCH));
        assertFalse(MONDAY_MORNING.followsClosely(TUESDAY_MORNING, Duration.ofDays(1)));
        assertFalse(MONDAY_MORNING.followsClosely(MONDAY_LATE_MORNING, LUNCH), "overlapping is not following");
    }
}
