package be.pfe.operations.scheduling.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a timetable (of a room, a trainer or a session) as an RFC 5545 iCalendar feed that Outlook and
 * Thunderbird can subscribe to.
 *
 * <p>Meeting times are written as Brussels wall-clock times with {@code TZID=Europe/Brussels}, and the feed
 * carries the definition of that zone, so a meeting never shifts when summer time starts or ends. Cancelled
 * meetings stay in the feed with {@code STATUS:CANCELLED}: a subscribed calendar then removes them, whereas
 * a meeting that simply disappears may linger in some clients.
 *
 * <p>The output depends only on its input (no clock is read), so the same timetable always gives the same
 * bytes, which lets a server answer conditional requests. Stateless and thread-safe.
 */
public final class ICalendarWriter {

    /** What a feed is served as: the folding counts UTF-8 octets, so the feed must be sent as UTF-8. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private static final String PRODUCT_ID = "-//PFE Operations//Timetable//EN";
    private static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * The whole feed as text.
     *
     * @param calendarName the name clients show for the subscription, e.g. the trainer's name
     * @param events       the meetings, in the order they are to be written; each uid at most once
     * @throws IllegalArgumentException when the name is blank or two events share a uid
     */
    public String write(String calendarName, List<CalendarEvent> events) {
        StringWriter text = new StringWriter();
        try {
            write(calendarName, events, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    /**
     * Streams the feed, for large timetables. The input is checked before anything is written, so a refused
     * timetable leaves {@code out} untouched. {@code out} is flushed, not closed.
     *
     * @param out must encode as UTF-8
     * @see #write(String, List)
     */
    public void write(String calendarName, List<CalendarEvent> events, Writer out) throws IOException {
        requireValid(calendarName, events);
        ContentLineWriter lines = new ContentLineWriter(out);
        lines.property("BEGIN", "VCALENDAR");
        lines.property("VERSION", "2.0");
        lines.property("PRODID", PRODUCT_ID);
        lines.property("CALSCALE", "GREGORIAN");
        lines.property("METHOD", "PUBLISH");
        // Not in RFC 5545, but what Outlook, Thunderbird and Apple Calendar read for a subscription's name and zone.
        lines.property("X-WR-CALNAME", TextValue.escape(calendarName));
        lines.property("X-WR-TIMEZONE", BrusselsTimeZone.TZID);
        // Written even for an empty timetable: a VCALENDAR needs at least one component to be valid.
        BrusselsTimeZone.writeTo(lines);
        for (CalendarEvent event : events) {
            writeEvent(event, lines);
        }
        lines.property("END", "VCALENDAR");
        lines.flush();
    }

    private static void writeEvent(CalendarEvent event, ContentLineWriter lines) throws IOException {
        String lastModified = UTC_DATE_TIME.format(event.lastModified());
        lines.property("BEGIN", "VEVENT");
        lines.property("UID", TextValue.escape(event.uid()));
        // DTSTAMP is the revision's time rather than the time of the request, so that the feed stays stable.
        lines.property("DTSTAMP", lastModified);
        lines.property("DTSTART;TZID=" + BrusselsTimeZone.TZID, brusselsTime(event.date(), event.start()));
        lines.property("DTEND;TZID=" + BrusselsTimeZone.TZID, brusselsTime(event.date(), event.end()));
        lines.property("SUMMARY", TextValue.escape(event.summary()));
        writeIfPresent("LOCATION", event.location(), lines);
        writeIfPresent("DESCRIPTION", event.description(), lines);
        lines.property("SEQUENCE", Integer.toString(event.sequence()));
        lines.property("STATUS", event.cancelled() ? "CANCELLED" : "CONFIRMED");
        lines.property("LAST-MODIFIED", lastModified);
        lines.property("END", "VEVENT");
    }

    private static void writeIfPresent(String name, String text, ContentLineWriter lines) throws IOException {
        if (text != null && !text.isBlank()) {
            lines.property(name, TextValue.escape(text));
        }
    }

    private static String brusselsTime(LocalDate date, LocalTime time) {
        return LOCAL_DATE_TIME.format(date.atTime(time));
    }

    private static void requireValid(String calendarName, List<CalendarEvent> events) {
        if (calendarName == null || calendarName.isBlank()) {
            throw new IllegalArgumentException("A calendar needs a name");
        }
        Objects.requireNonNull(events, "events");
        // Two events with one uid would be taken as one meeting by clients, which keep either of them.
        Set<String> uids = new HashSet<>();
        for (CalendarEvent event : events) {
            Objects.requireNonNull(event, "event");
            if (!uids.add(event.uid())) {
                throw new IllegalArgumentException("Two calendar events share the uid " + event.uid());
            }
        }
    }
}
