package be.pfe.operations.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateRangeTest {

    private static DateRange range(String start, String end) {
        return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> range("2026-03-10", "2026-03-09"));
        assertEquals("period.endBeforeStart", refused.messageKey());
        assertEquals("endDate", refused.field());
    }

    @Test
    void refusesMissingEnds() {
        assertEquals("period.start.required",
                assertThrows(BusinessRuleException.class, () -> new DateRange(null, LocalDate.now())).messageKey());
        assertEquals("period.end.required",
                assertThrows(BusinessRuleException.class, () -> new DateRange(LocalDate.now(), null)).messageKey());
    }

    @Test
    void aSingleDayIsAPeriod() {
        assertEquals(1, range("2026-03-10", "2026-03-10").days());
    }

    @Test
    void periodsSharingTheirEdgeDayOverlap() {
        assertTrue(range("2026-01-01", "2026-01-31").overlaps(range("2026-01-31", "2026-02-28")));
        assertTrue(range("2026-01-31", "2026-02-28").overlaps(range("2026-01-01", "2026-01-31")));
    }

    @Test
    void consecutivePeriodsDoNotOverlap() {
        assertFalse(range("2026-01-01", "2026-01-30").overlaps(range("2026-01-31", "2026-02-28")));
        assertFalse(range("2026-01-31", "2026-02-28").overlaps(range("2026-01-01", "2026-01-30")));
    }

    @Test
    void aPeriodInsideAnotherOverlapsIt() {
        assertTrue(range("2026-01-01", "2026-12-31").overlaps(range("2026-06-01", "2026-06-02")));
        assertTrue(range("2026-06-01", "2026-06-02").overlaps(range("2026-01-01", "2026-12-31")));
    }

    @Test
    void aYearRunsFromFirstJanuaryToThirtyFirstDecember() {
        DateRange year = DateRange.of(Year.of(2024));
        assertEquals(LocalDate.parse("2024-01-01"), year.start());
        assertEquals(LocalDate.parse("2024-12-31"), year.end());
        assertEquals(366, year.days());
    }
}
