package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingScheduleTest {

    private static final Centre DIGITALCITY = new Centre("DIGITALCITY", "Digitalcity.brussels", Sector.DIGITAL,
            "Auderghem", 2020);
    private static final List<WeeklySlot> MONDAY_AND_WEDNESDAY = List.of(
            WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:30"),
            WeeklySlot.of(DayOfWeek.MONDAY, "13:30", "16:00"),
            WeeklySlot.of(DayOfWeek.WEDNESDAY, "09:00", "12:30"));

    private static DateRange range(String start, String end) {
        return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static MeetingSchedule schedule(DateRange period, List<CentreClosure> closures) {
        return MeetingSchedule.generate(period, MONDAY_AND_WEDNESDAY, new ClosingCalendar(period, closures));
    }

    @Test
    void givesEachSlotOfEachWeekInOrder() {
        MeetingSchedule schedule = schedule(range("2026-03-09", "2026-03-18"), List.of());
        assertEquals(List.of(
                new MeetingTime(LocalDate.parse("2026-03-09"), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 30)),
                new MeetingTime(LocalDate.parse("2026-03-09"), java.time.LocalTime.of(13, 30), java.time.LocalTime.of(16, 0)),
                new MeetingTime(LocalDate.parse("2026-03-11"), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 30)),
                new MeetingTime(LocalDate.parse("2026-03-16"), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 30)),
                new MeetingTime(LocalDate.parse("2026-03-16"), java.time.LocalTime.of(13, 30), java.time.LocalTime.of(16, 0)),
                new MeetingTime(LocalDate.parse("2026-03-18"), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 30))),
                schedule.meetings());
    }

    @Test
    void countsTheHoursTaught() {
        MeetingSchedule schedule = schedule(range("2026-03-09", "2026-03-15"), List.of());
        assertEquals(3.5 + 2.5 + 3.5, schedule.hours(), 0.0001);
    }

    @Test
    void skipsEasterMondayAndSaysWhy() {
        MeetingSchedule schedule = schedule(range("2026-04-06", "2026-04-08"), List.of());
        assertEquals(List.of(LocalDate.parse("2026-04-08")),
                schedule.meetings().stream().map(MeetingTime::date).toList());
        assertEquals(PublicHoliday.EASTER_MONDAY, schedule.skipped().get(0).holiday());
    }

    @Test
    void skipsTheCentresOwnClosures() {
        CentreClosure frenchCommunityDay = new CentreClosure(DIGITALCITY, range("2027-09-27", "2027-09-27"),
                ClosureKind.REGIONAL_DAY, "Fête de la Fédération Wallonie-Bruxelles");
        MeetingSchedule schedule = schedule(range("2027-09-27", "2027-09-29"), List.of(frenchCommunityDay));
        assertEquals(List.of(LocalDate.parse("2027-09-29")),
                schedule.meetings().stream().map(MeetingTime::date).distinct().toList());
        ClosedDay skipped = schedule.skipped().get(0);
        assertEquals(ClosureKind.REGIONAL_DAY, skipped.kind());
        assertEquals("Fête de la Fédération Wallonie-Bruxelles", skipped.reason());
    }

    @Test
    void daylightSavingTimeDoesNotMoveAMeeting() {
        // summer time starts on Sunday 29 March 2026
        MeetingSchedule schedule = schedule(range("2026-03-23", "2026-03-30"), List.of());
        MeetingTime before = schedule.meetings().get(0);
        MeetingTime after = schedule.meetings().get(3);
        assertEquals(LocalDate.parse("2026-03-30"), after.date());
        assertEquals(before.start(), after.start());
        assertEquals(java.time.LocalTime.of(8, 0), before.startsAt().withZoneSameInstant(ZoneOffset.UTC).toLocalTime());
        assertEquals(java.time.LocalTime.of(7, 0), after.startsAt().withZoneSameInstant(ZoneOffset.UTC).toLocalTime());
    }

    @Test
    void aClosureOutsideThePeriodChangesNothing() {
        DateRange period = range("2026-06-01", "2026-06-30");
        ClosingCalendar closed = new ClosingCalendar(period, List.of(new CentreClosure(DIGITALCITY,
                range("2026-07-01", "2026-07-31"), ClosureKind.BUILDING_CLOSURE, "Travaux")));
        assertTrue(closed.closedDays().isEmpty());
        assertTrue(closed.isOpen(LocalDate.parse("2026-06-15")));
        assertFalse(closed.isOpen(LocalDate.parse("2026-07-01")));
    }

    @Test
    void slotsRefuseAnEndNotAfterTheirStartAndKnowWhenTheyOverlap() {
        assertEquals("slot.endNotAfterStart",
                assertThrows(BusinessRuleException.class, () -> WeeklySlot.of(DayOfWeek.MONDAY, "12:00", "12:00"))
                        .messageKey());
        WeeklySlot morning = WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:30");
        assertTrue(morning.overlaps(WeeklySlot.of(DayOfWeek.MONDAY, "12:00", "13:00")));
        assertFalse(morning.overlaps(WeeklySlot.of(DayOfWeek.MONDAY, "12:30", "16:00")));
        assertFalse(morning.overlaps(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "12:30")));
    }
}
