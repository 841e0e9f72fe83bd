package be.pfe.operations.web.i18n;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way the pages write dates, in the interface's language: the day, the month's short name and the year
 * ("3 Dec 2026", "3 déc. 2026", "3 dec. 2026"), with the time as "14:05" (Brussels) for a moment. Used by the pages'
 * converters ({@code pfe.date}, {@code pfe.weekdayDate}), by {@link Messages} for dates in texts, and by the views
 * that write dates into labels. Dates typed in the forms keep their numeric pattern ({@code format.date}).
 */
public final class Dates {


    private Dates() {
    }

    /**
     * The locale dates are written in: fr-BE and nl-BE, and English as in English (en-GB, "3 Dec 2026"), where en-BE
     * would write "03 Dec 2026".
     */
    public static Locale locale(Locale locale) {
        return Language.of(locale).numberLocale();
    }

    public static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(locale));
    }

    /** "3 Dec 2026"; empty for none. */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : formatter(locale).format(date);
    }

    /** "Thu 3 Dec 2026": the weekday's short name first. */
    public static String weekdayDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEE", locale(locale)).format(date) + " "
                + date(date, locale);
    }

    /** "3 Dec 2026 14:05", the moment in Brussels time. */
    public static String dateTime(ZonedDateTime time, Locale locale) {
        if (time == null) {
            return "";
        }
        ZonedDateTime brussels = time.withZoneSameInstant(Clocks.BRUSSELS);
        return date(brussels.toLocalDate(), locale) + " " + DateTimeFormatter.ofPattern("HH:mm").format(brussels);
    }

    /**
     * Any date or moment a page shows: a day as {@link #date}, a moment (offset, zoned, instant, or a Brussels wall
     * clock time) as {@link #dateTime}; anything else as its text.
     */
    public static String of(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date(date, locale);
        }
        if (value instanceof OffsetDateTime time) {
            return dateTime(time.toZonedDateTime(), locale);
        }
        if (value instanceof ZonedDateTime time) {
            return dateTime(time, locale);
        }
        if (value instanceof Instant instant) {
            return dateTime(instant.atZone(Clocks.BRUSSELS), locale);
        }
        if (value instanceof LocalDateTime time) {
            return dateTime(time.atZone(Clocks.BRUSSELS), locale);
        }
        return String.valueOf(value);
    }
}
