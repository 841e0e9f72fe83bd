package be.pfe.operations.domain.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateWindowTest {

    @AfterEach
    void defaults() {
        DateWindow.configure(null, null, null);
    }

    private static BusinessRuleException refusal(String start, String end) {
        return assertThrows(BusinessRuleException.class,
                () -> new DateRange(LocalDate.parse(start), LocalDate.parse(end)));
    }

    @Test
    void periodsWithinTheDefaultWindowAreAccepted() {
        assertEquals(LocalDate.of(2000, 1, 1), DateWindow.earliest());
        assertEquals(LocalDate.of(2100, 12, 31), DateWindow.latest());
        assertEquals(3, DateWindow.maxSessionYears());
        new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));
    }

    @Test
    void datesOutsideTheWindowAreRefusedNamingTheirField() {
        BusinessRuleException late = refusal("2026-01-01", "+99999-01-01");
        assertEquals("date.outsideWindow", late.messageKey());
        assertEquals("endDate", late.field());
        assertEquals("endDate", refusal("2026-01-01", "2999-12-31").field());
        assertEquals("endDate", refusal("2026-01-01", "2101-01-01").field());
        BusinessRuleException early = refusal("1999-12-31", "2026-01-01");
        assertEquals("date.outsideWindow", early.messageKey());
        assertEquals("startDate", early.field());
    }

    @Test
    void aShiftCannotLeaveTheWindow() {
        DateRange period = new DateRange(LocalDate.of(2100, 12, 1), LocalDate.of(2100, 12, 20));
        assertEquals("date.outsideWindow",
                assertThrows(BusinessRuleException.class, () -> period.shiftedBy(30)).messageKey());
    }

    @Test
    void theWindowIsConfigurable() {
        DateWindow.configure(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), 1);
        assertEquals("date.outsideWindow", refusal("2019-06-01", "2019-06-30").messageKey());
        new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
        assertThrows(IllegalArgumentException.class,
                () -> DateWindow.configure(LocalDate.of(2030, 1, 1), LocalDate.of(2020, 1, 1), 3));
    }

    @Test
    void aSessionLastsAtMostTheConfiguredYears() {
        DateWindow.requireSessionLength(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> DateWindow.requireSessionLength(
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1))));
        assertEquals("period.tooLong", refused.messageKey());
        assertEquals("endDate", refused.field());
        DateWindow.configure(null, null, 1);
        assertThrows(BusinessRuleException.class, () -> DateWindow.requireSessionLength(
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))));
    }

    @Test
    void aWeeklyPatternIsNotGeneratedOverAPeriodTooLong() {
        DateRange centuries = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));
        assertEquals("period.tooLong", assertThrows(BusinessRuleException.class,
                () -> be.pfe.operations.domain.calendar.MeetingSchedule.generate(centuries, java.util.List.of(),
                        new be.pfe.operations.domain.calendar.ClosingCalendar(centuries, java.util.List.of())))
                .messageKey());
    }
}
