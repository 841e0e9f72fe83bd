package be.pfe.operations.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import static be.pfe.operations.web.it.Http.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduling part of the REST API: rooms, trainers, current conflicts, and the changes staff make to
 * meetings (a whole session moved by some days, a meeting cancelled, a make-up meeting). Sessions in 2039.
 */
class CalendarApiIT {

    private static String base;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
    }

    private static int plan(String course, String room, String start, String end, String monday) {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"%s","room":"%s","startDate":"%s","endDate":"%s","seatCapacity":10}"""
                .formatted(course, room, start, end), "en");
        assertEquals(201, created.status(), created.body());
        int id = created.json().getInt("id");
        Http.Answer pattern = Http.current().put(base + "api/v1/sessions/" + id + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"" + monday + "\",\"start\":\"09:00\",\"end\":\"12:30\"}]}", "en");
        assertEquals(200, pattern.status(), pattern.body());
        return id;
    }

    private static JsonArray meetings(int session) {
        return (JsonArray) Http.get(base + "api/v1/sessions/" + session + "/meetings", "en").structure();
    }

    private static List<String> dates(int session, String status) {
        return meetings(session).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("status").equals(status)).map(m -> m.getString("date")).toList();
    }

    /** The lines of one meeting's event in the session's iCalendar feed. */
    private static String feedEvent(int session, int meeting) {
        String feed = Http.get(base + "api/v1/calendars/sessions/" + session + ".ics", "en").body();
        String event = feed.substring(feed.indexOf("UID:meeting-" + meeting + "@"));
        return event.substring(0, event.indexOf("END:VEVENT"));
    }

    private static int sequence(String event) {
        return event.lines().filter(line -> line.startsWith("SEQUENCE:"))
                .mapToInt(line -> Integer.parseInt(line.substring("SEQUENCE:".length()).strip())).findFirst()
                .orElse(0);
    }

    @Test
    void aRoomWithItsEquipment() {
        JsonObject lab = Http.get(base + "api/v1/centres/DIGITALCITY/rooms/D-LAB", "en").json();
        assertEquals("LAB", lab.getString("type"));
        assertEquals(16, lab.getInt("seatCapacity"));
        assertEquals(List.of("CISCO lab", "Projector"),
                lab.getJsonArray("equipment").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        assertProblem(Http.get(base + "api/v1/centres/DIGITALCITY/rooms/T-A01", "en"), 404, "room.unknown");
        assertProblem(Http.get(base + "api/v1/centres/NOWHERE/rooms/D-LAB", "en"), 404, "centre.unknown");
    }

    @Test
    void trainersListedPerCentreAndOneInDetail() {
        JsonArray construcity = (JsonArray) Http.get(base + "api/v1/trainers?centre=CONSTRUCITY", "en").structure();
        assertEquals(List.of("EGARCIA", "LROSSI", "RDIALLO", "YMBEKI"),
                construcity.stream().map(t -> t.asJsonObject().getString("code")).toList());
        assertTrue(((JsonArray) Http.get(base + "api/v1/trainers", "en").structure()).size() >= 7);

        JsonObject yannick = Http.get(base + "api/v1/trainers/YMBEKI", "nl").json();
        assertEquals("Yannick Mbeki", yannick.getString("name"));
        assertEquals("BRUXELLES_FORMATION", yannick.getJsonObject("partner").getString("code"));
        assertEquals(List.of("CONSTRUCITY", "TECHNICITY"), yannick.getJsonArray("centres").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        JsonObject masonry = yannick.getJsonArray("qualifications").getJsonObject(0);
        assertEquals("CON-MAC-01", masonry.getString("course"));
        assertEquals("Metselaar", masonry.getString("title"));
        assertEquals(5, yannick.getJsonArray("availability").size());
        assertEquals("MONDAY", yannick.getJsonArray("availability").getJsonObject(0).getString("day"));
        assertProblem(Http.get(base + "api/v1/trainers/NOBODY", "en"), 404, "trainer.unknown");
        assertProblem(Http.get(base + "api/v1/trainers?centre=NOWHERE", "en"), 422, "centre.unknown");
    }

    @Test
    void listsTheConflictsMeetingsHaveNowExplainedInTheClientsLanguage() {
        // the demonstration data leaves a building closure at Digitalcity after its meetings were planned
        LocalDate from = Year.now().atDay(1);
        JsonArray conflicts = (JsonArray) Http.get(base + "api/v1/conflicts?centre=DIGITALCITY&from=" + from
                + "&to=" + from.plusDays(364), "nl").structure();
        List<JsonObject> closed = conflicts.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("kind").equals("CLOSED_DAY")).toList();
        assertEquals(2, closed.size(), conflicts.toString());
        JsonObject first = closed.get(0);
        assertEquals("BLOCK", first.getString("mode"));
        assertEquals("Centrum gesloten", first.getString("label"));
        assertEquals("DIGITALCITY", first.getString("centre"));
        assertTrue(first.getString("message").startsWith("Het centrum is gesloten op "), first.getString("message"));
        assertTrue(first.getString("message").endsWith(": Coupure d'électricité / Stroomonderbreking."),
                first.getString("message"));
        assertTrue(first.getInt("meetingId") > 0);

        JsonArray technicity = (JsonArray) Http.get(base + "api/v1/conflicts?centre=TECHNICITY&from=" + from
                + "&to=" + from.plusDays(364), "en").structure();
        JsonObject doubleBooked = technicity.getJsonObject(0);
        assertEquals("TRAINER_DOUBLE_BOOKED", doubleBooked.getString("kind"));
        assertFalse(doubleBooked.isNull("otherSessionId"), "the other session is named");
        assertTrue(doubleBooked.getString("message").startsWith("Yannick Mbeki already teaches at CONSTRUCITY"),
                doubleBooked.getString("message"));

        assertEquals(0, ((JsonArray) Http.get(base + "api/v1/conflicts?from=2039-01-01&to=2039-12-31", "en")
                .structure()).size(), "all centres, a year with no conflict");
        assertProblem(Http.get(base + "api/v1/conflicts?from=2039-01-01&to=2040-06-30", "en"), 422,
                "conflicts.period.tooLong");
        assertProblem(Http.get(base + "api/v1/conflicts?from=yesterday", "en"), 400, "request.parameter.invalid");
        assertProblem(Http.get(base + "api/v1/conflicts?centre=NOWHERE", "en"), 422, "centre.unknown");
    }

    @Test
    void movesAWholeSessionBySomeDaysButNotOntoEasterMonday() {
        int session = plan("TEC-ELEC-01", "T-A02", "2039-03-14", "2039-04-01", "MONDAY");
        assertEquals(List.of("2039-03-14", "2039-03-21", "2039-03-28"), dates(session, "SCHEDULED"));

        Http.Answer refused = Http.current().post(base + "api/v1/sessions/" + session + "/meetings/shift", "{\"days\":14}", "fr");
        assertProblem(refused, 409, "conflict.blocking");
        JsonObject closed = refused.json().getJsonArray("conflicts").getJsonObject(0);
        assertEquals("CLOSED_DAY", closed.getString("kind"));
        assertEquals("2039-04-11", closed.getString("date"));
        assertEquals("Le pôle est fermé le 11 avr. 2039 : Lundi de Pâques.", closed.getString("message"));
        assertEquals(List.of("2039-03-14", "2039-03-21", "2039-03-28"), dates(session, "SCHEDULED"));
        assertEquals("2039-03-14", Http.get(base + "api/v1/sessions/" + session, "en").json().getString("startDate"));

        Http.Answer shifted = Http.current().post(base + "api/v1/sessions/" + session + "/meetings/shift", "{\"days\":7}", "en");
        assertEquals(200, shifted.status(), shifted.body());
        assertEquals(List.of("2039-03-21", "2039-03-28", "2039-04-04"), dates(session, "SCHEDULED"));
        JsonObject moved = Http.get(base + "api/v1/sessions/" + session, "en").json();
        assertEquals("2039-03-21", moved.getString("startDate"));
        assertEquals("2039-04-08", moved.getString("endDate"));

        assertProblem(Http.current().post(base + "api/v1/sessions/" + session + "/meetings/shift", "{}", "en"), 422,
                "meeting.shift.daysInvalid");
        assertProblem(Http.current().post(base + "api/v1/sessions/" + session + "/meetings/shift", "{\"days\":\"a week\"}", "en"),
                422, "input.wholeNumber");
        assertProblem(Http.current().post(base + "api/v1/sessions/987654/meetings/shift", "{\"days\":7}", "en"), 404,
                "session.unknown");
    }

    @Test
    void cancelsAMeetingThatTheFeedThenPublishesAsCancelledAndAddsAMakeUpMeeting() {
        int session = plan("TEC-ELEC-01", "T-A02", "2039-05-02", "2039-05-27", "MONDAY");
        int neighbour = plan("TEC-MAIN-NL", "T-A02", "2039-05-02", "2039-05-27", "TUESDAY");
        JsonObject first = meetings(session).getJsonObject(0);
        assertEquals("2039-05-02", first.getString("date"));
        int sequenceBefore = sequence(feedEvent(session, first.getInt("id")));

        Http.Answer cancelled = Http.current().post(base + "api/v1/meetings/" + first.getInt("id") + "/cancel",
                "{\"reason\":\"Formateur malade\"}", "en");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("Formateur malade", cancelled.json().getString("cancellationReason"));
        assertProblem(Http.current().post(base + "api/v1/meetings/" + first.getInt("id") + "/cancel",
                "{\"reason\":\"Encore\"}", "en"), 422, "meeting.alreadyCancelled");
        assertProblem(Http.current().post(base + "api/v1/meetings/" + meetings(session).getJsonObject(1).getInt("id") + "/cancel",
                "{\"reason\":\" \"}", "en"), 422, "meeting.cancellation.reasonInvalid");

        String event = feedEvent(session, first.getInt("id"));
        assertTrue(event.contains("STATUS:CANCELLED"), event);
        assertEquals(sequenceBefore + 1, sequence(event), "subscribed calendars take the cancellation as a revision");

        Http.Answer madeUp = Http.post(base + "api/v1/sessions/" + session + "/meetings",
                "{\"date\":\"2039-05-04\",\"start\":\"09:00\",\"end\":\"12:30\"}", "en");
        assertEquals(201, madeUp.status(), madeUp.body());
        assertNotNull(madeUp.location());
        JsonObject read = Http.get(madeUp.location(), "en").json();
        assertEquals("2039-05-04", read.getString("date"));
        assertEquals("SCHEDULED", read.getString("status"));
        assertEquals(session, read.getInt("sessionId"));
        assertEquals(List.of("2039-05-02"), dates(session, "CANCELLED"));

        int before = meetings(session).size();
        Http.Answer clash = Http.post(base + "api/v1/sessions/" + session + "/meetings",
                "{\"date\":\"2039-05-10\",\"start\":\"11:00\",\"end\":\"13:00\"}", "en");
        assertProblem(clash, 409, "conflict.blocking");
        JsonObject roomTaken = clash.json().getJsonArray("conflicts").getJsonObject(0);
        assertEquals("ROOM_DOUBLE_BOOKED", roomTaken.getString("kind"));
        assertEquals(neighbour, roomTaken.getInt("otherSessionId"));
        Http.Answer outside = Http.post(base + "api/v1/sessions/" + session + "/meetings",
                "{\"date\":\"2039-06-06\",\"start\":\"09:00\",\"end\":\"12:30\"}", "en");
        assertProblem(outside, 422, "meeting.outsideSession");
        assertEquals("date", outside.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, meetings(session).size(), "refused make-ups add nothing");

        Http.Answer moved = Http.current().put(base + "api/v1/meetings/" + read.getInt("id"),
                "{\"date\":\"2039-05-05\",\"start\":\"13:30\",\"end\":\"16:00\"}", "en");
        assertEquals(200, moved.status(), moved.body());
        assertEquals("2039-05-05", moved.json().getString("date"));
        assertProblem(Http.get(base + "api/v1/meetings/987654321", "en"), 404, "meeting.unknown");
    }
}
