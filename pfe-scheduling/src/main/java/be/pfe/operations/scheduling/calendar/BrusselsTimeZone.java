package be.pfe.operations.scheduling.calendar;

import java.io.IOException;

/**
 * The centres' time zone, described in the feed itself (VTIMEZONE) so that a client does not have to know
 * what "Europe/Brussels" means: Outlook, for one, only understands a TZID that the calendar defines.
 *
 * <p>Only today's EU rule is described: summer time from the last Sunday of March at 02:00 to the last
 * Sunday of October at 03:00, local time. The March rule holds since 1981 and the October one since 1996,
 * hence the first onsets below; timetables never reach further back, so the older history is left out.
 */
final class BrusselsTimeZone {

    static final String TZID = "Europe/Brussels";

    private BrusselsTimeZone() {
    }

    static void writeTo(ContentLineWriter lines) throws IOException {
        lines.property("BEGIN", "VTIMEZONE");
        lines.property("TZID", TZID);
        lines.property("X-LIC-LOCATION", TZID);
        lines.property("BEGIN", "DAYLIGHT");
        lines.property("TZOFFSETFROM", "+0100");
        lines.property("TZOFFSETTO", "+0200");
        lines.property("TZNAME", "CEST");
        lines.property("DTSTART", "19810329T020000");
        lines.property("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        lines.property("END", "DAYLIGHT");
        lines.property("BEGIN", "STANDARD");
        lines.property("TZOFFSETFROM", "+0200");
        lines.property("TZOFFSETTO", "+0100");
        lines.property("TZNAME", "CET");
        lines.property("DTSTART", "19961027T030000");
        lines.property("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        lines.property("END", "STANDARD");
        lines.property("END", "VTIMEZONE");
    }
}
