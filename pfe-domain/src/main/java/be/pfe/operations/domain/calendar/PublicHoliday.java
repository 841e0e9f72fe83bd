package be.pfe.operations.domain.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * The ten legal public holidays of Belgium. Three follow Easter (Easter Monday, Ascension, Whit Monday), so
 * their dates move every year.
 */
public enum PublicHoliday {
    NEW_YEAR,
    EASTER_MONDAY,
    LABOUR_DAY,
    ASCENSION,
    WHIT_MONDAY,
    NATIONAL_DAY,
    ASSUMPTION,
    ALL_SAINTS,
    ARMISTICE,
    CHRISTMAS;

    /** The date of this holiday in the given year. */
    public LocalDate in(Year year) {
        int y = year.getValue();
        return switch (this) {
            case NEW_YEAR -> LocalDate.of(y, Month.JANUARY, 1);
            case EASTER_MONDAY -> easterSunday(y).plusDays(1);
            case LABOUR_DAY -> LocalDate.of(y, Month.MAY, 1);
            case ASCENSION -> easterSunday(y).plusDays(39);
            case WHIT_MONDAY -> easterSunday(y).plusDays(50);
            case NATIONAL_DAY -> LocalDate.of(y, Month.JULY, 21);
            case ASSUMPTION -> LocalDate.of(y, Month.AUGUST, 15);
            case ALL_SAINTS -> LocalDate.of(y, Month.NOVEMBER, 1);
            case ARMISTICE -> LocalDate.of(y, Month.NOVEMBER, 11);
            case CHRISTMAS -> LocalDate.of(y, Month.DECEMBER, 25);
        };
    }

    /**
     * Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus: the first Sunday after the
     * ecclesiastical full moon that falls on or after 21 March).
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
