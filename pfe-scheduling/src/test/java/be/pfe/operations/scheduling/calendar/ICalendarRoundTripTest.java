package be.pfe.operations.scheduling.calendar;

import be.pfe.operations.domain.time.Clocks;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Sequence;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The feed read back by another implementation (ical4j), the way a client reads it: what goes in comes
 * out, times included, on both sides of the daylight-saving changes.
 */
class ICalendarRoundTripTest {

    private static final LocalDate FRIDAY_BEFORE_SUMMER_TIME = LocalDate.of(2026, 3, 27);
    private static final LocalDate MONDAY_AFTER_SUMMER_TIME = LocalDate.of(2026, 3, 30);
    private static final LocalDate MONDAY_AFTER_WINTER_TIME = LocalDate.of(2026, 10, 26);

    private final ICalendarWriter writer = new ICalendarWriter();

    private static Calendar parsed(String feed) {
        try {
            return new CalendarBuilder().build(new StringReader(feed));
        } catch (IOException | ParserException unreadable) {
            throw new AssertionError("ical4j cannot read the feed:\n" + feed, unreadable);
        }
    }

    private Calendar roundTrip(List<CalendarEvent> events) {
        return parsed(writer.write("Sophie Dubois", events));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(CalendarComponent.VEVENT);
    }

    private static String text(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static ZonedDateTime dateTime(VEvent event, String property) {
        Temporal value = event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
        return assertInstanceOf(ZonedDateTime.class, value, property + " is a zoned date-time");
    }

    private static Instant instant(VEvent event, String property) {
        return Instant.from(event.<DateProperty<?>>getProperty(property).orElseThrow().getDate());
    }

    @Test
    void everyMeetingComesBackWithItsUidAndTexts() {
        String summary = "Réunion; salle 2, étage 1\nÉvaluation \\ Œuvre – 😀";
        String description = "Ligne 1\r\nLigne 2; a, b\nLigne 3 \\n reste tel quel";
        List<CalendarEvent> meetings = List.of(
                new CalendarEvent("meeting-1@pfe-operations", summary, description, "Anderlecht, rue; 4",
                        MONDAY_AFTER_SUMMER_TIME, LocalTime.of(9, 0), LocalTime.of(12, 30), false, 0,
                        SampleMeetings.CHANGED_AT),
                SampleMeetings.morning("meeting-2@pfe-operations", "Java", MONDAY_AFTER_SUMMER_TIME.plusDays(1)),
                SampleMeetings.morning("meeting-3@pfe-operations", "Développement .NET", MONDAY_AFTER_SUMMER_TIME.plusDays(2)));

        List<VEvent> events = events(roundTrip(meetings));

        assertEquals(3, events.size());
        assertEquals(List.of("meeting-1@pfe-operations", "meeting-2@pfe-operations", "meeting-3@pfe-operations"),
                events.stream().map(event -> text(event, Property.UID)).toList());
        assertEquals(summary, text(events.get(0), Property.SUMMARY));
        assertEquals(description.replace("\r\n", "\n"), text(events.get(0), Property.DESCRIPTION));
        assertEquals("Anderlecht, rue; 4", text(events.get(0), Property.LOCATION));
        assertEquals("Développement .NET", text(events.get(2), Property.SUMMARY));
    }

    @Test
    void aMeetingKeepsItsWallClockTimeAcrossTheSpringChange() {
        List<VEvent> events = events(roundTrip(List.of(
                SampleMeetings.morning("meeting-1@pfe-operations", "Java", FRIDAY_BEFORE_SUMMER_TIME),
                SampleMeetings.morning("meeting-2@pfe-operations", "Java", MONDAY_AFTER_SUMMER_TIME))));

        ZonedDateTime friday = dateTime(events.get(0), Property.DTSTART).withZoneSameInstant(Clocks.BRUSSELS);
        ZonedDateTime monday = dateTime(events.get(1), Property.DTSTART).withZoneSameInstant(Clocks.BRUSSELS);

        assertEquals(ZonedDateTime.of(FRIDAY_BEFORE_SUMMER_TIME, LocalTime.of(9, 0), Clocks.BRUSSELS), friday);
        assertEquals(Instant.parse("2026-03-27T08:00:00Z"), friday.toInstant());
        assertEquals(ZonedDateTime.of(MONDAY_AFTER_SUMMER_TIME, LocalTime.of(9, 0), Clocks.BRUSSELS), monday);
        assertEquals(LocalTime.of(9, 0), monday.toLocalTime());
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), monday.toInstant());
        assertEquals(ZonedDateTime.of(MONDAY_AFTER_SUMMER_TIME, LocalTime.of(12, 30), Clocks.BRUSSELS),
                dateTime(events.get(1), Property.DTEND).withZoneSameInstant(Clocks.BRUSSELS));
    }

    @Test
    void aMeetingKeepsItsWallClockTimeAcrossTheAutumnChange() {
        VEvent event = events(roundTrip(List.of(
                SampleMeetings.morning("meeting-1@pfe-operations", "Java", MONDAY_AFTER_WINTER_TIME)))).get(0);

        ZonedDateTime start = dateTime(event, Property.DTSTART).withZoneSameInstant(Clocks.BRUSSELS);

        assertEquals(ZonedDateTime.of(MONDAY_AFTER_WINTER_TIME, LocalTime.of(9, 0), Clocks.BRUSSELS), start);
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"), start.toInstant());
    }

    @Test
    void theFeedsTimeZoneAgreesWithJavasBrusselsRulesForYearsOfMondays() {
        // Every Monday from 2024 to 2035, plus the change days themselves, an hour after the change.
        List<CalendarEvent> meetings = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() < 2036; day = day.plusWeeks(1)) {
            meetings.add(SampleMeetings.morning("monday-" + day + "@pfe-operations", "Java", day));
        }
        for (int year = 2024; year < 2036; year++) {
            LocalDate spring = LocalDate.of(year, 3, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            LocalDate autumn = LocalDate.of(year, 10, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            meetings.add(SampleMeetings.at("spring-" + year + "@pfe-operations", "Java", spring,
                    LocalTime.of(4, 0), LocalTime.of(5, 0)));
            meetings.add(SampleMeetings.at("autumn-" + year + "@pfe-operations", "Java", autumn,
                    LocalTime.of(4, 0), LocalTime.of(5, 0)));
        }

        List<VEvent> events = events(roundTrip(meetings));

        assertEquals(meetings.size(), events.size());
        for (int i = 0; i < meetings.size(); i++) {
            CalendarEvent meeting = meetings.get(i);
            assertEquals(ZonedDateTime.of(meeting.date(), meeting.start(), Clocks.BRUSSELS).toInstant(),
                    dateTime(events.get(i), Property.DTSTART).toInstant(), meeting.uid());
            assertEquals(ZonedDateTime.of(meeting.date(), meeting.end(), Clocks.BRUSSELS).toInstant(),
                    dateTime(events.get(i), Property.DTEND).toInstant(), meeting.uid());
        }
    }

    @Test
    void aCancelledMeetingComesBackCancelledWithItsSequence() {
        List<VEvent> events = events(roundTrip(List.of(
                SampleMeetings.morning("meeting-1@pfe-operations", "Java", MONDAY_AFTER_SUMMER_TIME),
                SampleMeetings.cancelled("meeting-2@pfe-operations", "Excel", MONDAY_AFTER_SUMMER_TIME, 4))));

        assertEquals("CONFIRMED", text(events.get(0), Property.STATUS));
        assertEquals("CANCELLED", text(events.get(1), Property.STATUS));
        assertEquals(4, events.get(1).<Sequence>getProperty(Property.SEQUENCE).orElseThrow().getSequenceNo());
        assertEquals(SampleMeetings.CHANGED_AT, instant(events.get(1), Property.LAST_MODIFIED));
        assertEquals(SampleMeetings.CHANGED_AT, instant(events.get(1), Property.DTSTAMP));
    }

    @Test
    void aVeryLongDescriptionIsFoldedAndUnfoldsToTheOriginal() {
        StringBuilder description = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            description.append("Étape ").append(i).append(": installer l'IDE, créer le projet; tester 😀 — ");
            if (i % 10 == 0) {
                description.append('\n');
            }
        }
        CalendarEvent meeting = new CalendarEvent("meeting-1@pfe-operations", "Java", description.toString(),
                null, MONDAY_AFTER_SUMMER_TIME, LocalTime.of(9, 0), LocalTime.of(12, 0), false, 0,
                SampleMeetings.CHANGED_AT);

        String feed = writer.write("Sophie Dubois", List.of(meeting));

        String[] physicalLines = feed.split("\r\n");
        assertEquals(0, Arrays.stream(physicalLines)
                .filter(line -> line.getBytes(StandardCharsets.UTF_8).length > 75).count());
        assertFalse(feed.replace("\r\n", "").contains("\n"), "only CRLF ends lines");
        assertEquals(description.toString(), text(events(parsed(feed)).get(0), Property.DESCRIPTION));
    }

    @Test
    void anEmptyCalendarIsStillAValidCalendar() {
        Calendar calendar = roundTrip(List.of());

        assertEquals(0, events(calendar).size());
        assertEquals(1, calendar.getComponents(CalendarComponent.VTIMEZONE).size());
        assertEquals("2.0", calendar.getVersion().getValue());
        assertEquals("PUBLISH", calendar.getMethod().getValue());
        assertEquals("GREGORIAN", calendar.getCalendarScale().getValue());
        assertEquals("Sophie Dubois", calendar.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
    }

    @Test
    void everyComponentFollowsRfc5545() {
        Calendar calendar = roundTrip(List.of(
                new CalendarEvent("meeting-1@pfe-operations", "Java", "Module 2", "Salle 3.12",
                        MONDAY_AFTER_SUMMER_TIME, LocalTime.of(9, 0), LocalTime.of(12, 0), false, 1,
                        SampleMeetings.CHANGED_AT),
                SampleMeetings.cancelled("meeting-2@pfe-operations", "Excel", MONDAY_AFTER_SUMMER_TIME, 2)));

        for (CalendarComponent component : calendar.<CalendarComponent>getComponents()) {
            assertFalse(component.validate(true).hasErrors(),
                    () -> component.getName() + ": " + component.validate(true));
        }
    }
}
