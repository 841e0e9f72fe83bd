package be.pfe.operations.scheduling.calendar;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed as raw text, line by line, the way a client receives it. */
class ICalendarWriterTest {

    private static final LocalDate MONDAY_AFTER_SUMMER_TIME = LocalDate.of(2026, 3, 30);

    private final ICalendarWriter writer = new ICalendarWriter();

    /** The content lines (unfolded), checking on the way that every line ends with CRLF and nothing else. */
    private static List<String> lines(String feed) {
        assertTrue(feed.endsWith("\r\n"), "the last line ends with CRLF");
        String body = feed.substring(0, feed.length() - 2);
        for (String physical : body.split("\r\n", -1)) {
            assertFalse(physical.contains("\n") || physical.contains("\r"), "a bare CR or LF: " + physical);
        }
        return Arrays.asList(body.replace("\r\n ", "").split("\r\n", -1));
    }

    @Test
    void theCalendarSaysWhatItIsAndWhoMadeIt() {
        List<String> lines = lines(writer.write("Salle 3.12", List.of()));

        assertEquals(List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//PFE Operations//Timetable//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:Salle 3.12",
                "X-WR-TIMEZONE:Europe/Brussels",
                "BEGIN:VTIMEZONE"), lines.subList(0, 8));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
    }

    @Test
    void anEmptyTimetableStillHoldsTheTimeZoneSoTheCalendarHasAComponent() {
        List<String> lines = lines(writer.write("Sophie Dubois", List.of()));

        assertEquals(1, lines.stream().filter("BEGIN:VTIMEZONE"::equals).count());
        assertEquals(0, lines.stream().filter("BEGIN:VEVENT"::equals).count());
    }

    @Test
    void theTimeZoneDescribesSummerTimeWithItsRules() {
        List<String> lines = lines(writer.write("Salle 3.12", List.of()));

        int start = lines.indexOf("BEGIN:VTIMEZONE");
        assertEquals(List.of(
                "BEGIN:VTIMEZONE",
                "TZID:Europe/Brussels",
                "X-LIC-LOCATION:Europe/Brussels",
                "BEGIN:DAYLIGHT",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200",
                "TZNAME:CEST",
                "DTSTART:19810329T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "END:DAYLIGHT",
                "BEGIN:STANDARD",
                "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100",
                "TZNAME:CET",
                "DTSTART:19961027T030000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "END:STANDARD",
                "END:VTIMEZONE"), lines.subList(start, start + 18));
    }

    @Test
    void aMeetingIsWrittenInBrusselsWallClockTimeAndItsRevisionInUtc() {
        CalendarEvent meeting = new CalendarEvent("meeting-123@pfe-operations", "Java - module 2",
                "Apporter son PC", "Bruxelles Formation - salle 3.12", MONDAY_AFTER_SUMMER_TIME,
                LocalTime.of(9, 0), LocalTime.of(12, 30), false, 3, Instant.parse("2026-03-20T16:45:10Z"));

        List<String> lines = lines(writer.write("Sophie Dubois", List.of(meeting)));

        int start = lines.indexOf("BEGIN:VEVENT");
        assertEquals(List.of(
                "BEGIN:VEVENT",
                "UID:meeting-123@pfe-operations",
                "DTSTAMP:20260320T164510Z",
                "DTSTART;TZID=Europe/Brussels:20260330T090000",
                "DTEND;TZID=Europe/Brussels:20260330T123000",
                "SUMMARY:Java - module 2",
                "LOCATION:Bruxelles Formation - salle 3.12",
                "DESCRIPTION:Apporter son PC",
                "SEQUENCE:3",
                "STATUS:CONFIRMED",
                "LAST-MODIFIED:20260320T164510Z",
                "END:VEVENT",
                "END:VCALENDAR"), lines.subList(start, lines.size()));
    }

    @Test
    void aCancelledMeetingStaysInTheFeedAsCancelled() {
        List<String> lines = lines(writer.write("Salle 3.12",
                List.of(SampleMeetings.cancelled("meeting-7@pfe-operations", "Excel", MONDAY_AFTER_SUMMER_TIME, 2))));

        assertTrue(lines.contains("UID:meeting-7@pfe-operations"));
        assertTrue(lines.contains("STATUS:CANCELLED"));
        assertTrue(lines.contains("SEQUENCE:2"));
    }

    @Test
    void textIsEscapedInTheRawFeed() {
        CalendarEvent meeting = new CalendarEvent("meeting-1@pfe-operations", "Réunion; salle 2, étage 1",
                "Ligne 1\nLigne 2 \\ fin", "Anderlecht, rue; 4", MONDAY_AFTER_SUMMER_TIME,
                LocalTime.of(9, 0), LocalTime.of(10, 0), false, 0, SampleMeetings.CHANGED_AT);

        List<String> lines = lines(writer.write("Formateurs; Java, .NET", List.of(meeting)));

        assertTrue(lines.contains("X-WR-CALNAME:Formateurs\\; Java\\, .NET"), lines::toString);
        assertTrue(lines.contains("SUMMARY:Réunion\\; salle 2\\, étage 1"), lines::toString);
        assertTrue(lines.contains("DESCRIPTION:Ligne 1\\nLigne 2 \\\\ fin"), lines::toString);
        assertTrue(lines.contains("LOCATION:Anderlecht\\, rue\\; 4"), lines::toString);
    }

    @Test
    void anAbsentOrBlankDescriptionOrPlaceIsLeftOut() {
        CalendarEvent meeting = new CalendarEvent("meeting-1@pfe-operations", "Java", "  ", null,
                MONDAY_AFTER_SUMMER_TIME, LocalTime.of(9, 0), LocalTime.of(10, 0), false, 0, SampleMeetings.CHANGED_AT);

        List<String> lines = lines(writer.write("Salle 3.12", List.of(meeting)));

        assertTrue(lines.stream().noneMatch(line -> line.startsWith("DESCRIPTION") || line.startsWith("LOCATION")));
    }

    @Test
    void noPhysicalLineIsLongerThan75Octets() {
        CalendarEvent meeting = new CalendarEvent("meeting-1@pfe-operations", "Sécurité ".repeat(30),
                "Évaluation, 😀; ".repeat(100), "Salle ".repeat(40), MONDAY_AFTER_SUMMER_TIME,
                LocalTime.of(9, 0), LocalTime.of(10, 0), false, 0, SampleMeetings.CHANGED_AT);

        String feed = writer.write("Centre de formation ".repeat(10), List.of(meeting));

        for (String physical : feed.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
    }

    @Test
    void theSameTimetableGivesTheSameFeed() {
        List<CalendarEvent> meetings = List.of(SampleMeetings.morning("meeting-1@pfe-operations", "Java",
                MONDAY_AFTER_SUMMER_TIME));

        assertEquals(writer.write("Salle 3.12", meetings), writer.write("Salle 3.12", meetings));
    }

    @Test
    void theStreamedFeedIsTheSameAndIsFlushedToTheBytes() throws IOException {
        List<CalendarEvent> meetings = List.of(SampleMeetings.morning("meeting-1@pfe-operations", "Réunion élèves",
                MONDAY_AFTER_SUMMER_TIME));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);

        writer.write("Salle 3.12", meetings, out);

        assertEquals(writer.write("Salle 3.12", meetings), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void twoEventsWithOneUidAreRefusedBeforeAnythingIsWritten() {
        List<CalendarEvent> meetings = List.of(
                SampleMeetings.morning("meeting-1@pfe-operations", "Java", MONDAY_AFTER_SUMMER_TIME),
                SampleMeetings.morning("meeting-1@pfe-operations", "Java", MONDAY_AFTER_SUMMER_TIME.plusDays(1)));
        StringWriter out = new StringWriter();

        assertThrows(IllegalArgumentException.class, () -> writer.write("Salle 3.12", meetings, out));
        assertEquals("", out.toString());
    }

    @Test
    void aCalendarNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> writer.write(" ", List.of()));
        assertThrows(IllegalArgumentException.class, () -> writer.write(null, List.of()));
    }
}
