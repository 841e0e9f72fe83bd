package be.pfe.operations.domain.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicHolidayTest {

    @ParameterizedTest(name = "Easter {0} is on {1}")
    @CsvSource({
            "2000, 2000-04-23",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25",
            "2285, 2285-03-22"
    })
    void findsEasterSunday(int year, LocalDate easter) {
        assertEquals(easter, PublicHoliday.easterSunday(year));
    }

    @Test
    void theHolidaysOf2026() {
        Year year = Year.of(2026);
        assertEquals(LocalDate.parse("2026-01-01"), PublicHoliday.NEW_YEAR.in(year));
        assertEquals(LocalDate.parse("2026-04-06"), PublicHoliday.EASTER_MONDAY.in(year));
        assertEquals(LocalDate.parse("2026-05-01"), PublicHoliday.LABOUR_DAY.in(year));
        assertEquals(LocalDate.parse("2026-05-14"), PublicHoliday.ASCENSION.in(year));
        assertEquals(LocalDate.parse("2026-05-25"), PublicHoliday.WHIT_MONDAY.in(year));
        assertEquals(LocalDate.parse("2026-07-21"), PublicHoliday.NATIONAL_DAY.in(year));
        assertEquals(LocalDate.parse("2026-08-15"), PublicHoliday.ASSUMPTION.in(year));
        assertEquals(LocalDate.parse("2026-11-01"), PublicHoliday.ALL_SAINTS.in(year));
        assertEquals(LocalDate.parse("2026-11-11"), PublicHoliday.ARMISTICE.in(year));
        assertEquals(LocalDate.parse("2026-12-25"), PublicHoliday.CHRISTMAS.in(year));
    }

    @Test
    void theEasterHolidaysMoveWithEaster() {
        assertEquals(LocalDate.parse("2025-04-21"), PublicHoliday.EASTER_MONDAY.in(Year.of(2025)));
        assertEquals(LocalDate.parse("2025-05-29"), PublicHoliday.ASCENSION.in(Year.of(2025)));
        assertEquals(LocalDate.parse("2025-06-09"), PublicHoliday.WHIT_MONDAY.in(Year.of(2025)));
    }
}
