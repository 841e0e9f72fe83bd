package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API of the running application, over HTTP, against the real PostgreSQL. */
class SessionApiIT {

    private static String base;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
    }

    private static String session(String centre, String course, String room, String start, String end, Object seats) {
        return """
                {"centre":"%s","course":"%s","room":"%s","startDate":"%s","endDate":"%s","seatCapacity":%s,
                 "teachingLanguage":"FR"}""".formatted(centre, course, room, start, end, seats);
    }

    private static long totalSessions() {
        return Http.get(base + "api/v1/sessions?size=1", "en").json().getJsonNumber("total").longValue();
    }

    @Test
    void readinessReportsTheDatabase() {
        Http.Answer ready = Http.get(base + "health/ready", "en");
        assertEquals(200, ready.status());
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        assertEquals("database", health.getJsonArray("checks").getJsonObject(0).getString("name"));
    }

    @Test
    void listsTheFourCentresWithTheirPartners() {
        JsonArray centres = (JsonArray) Http.get(base + "api/v1/centres", "en").structure();
        assertEquals(List.of("CONSTRUCITY", "DIGITALCITY", "LOGISTICITY", "TECHNICITY"),
                centres.stream().map(c -> c.asJsonObject().getString("code")).toList());
        JsonObject digitalcity = centres.getJsonObject(1);
        assertEquals("Auderghem", digitalcity.getString("site"));
        assertTrue(digitalcity.getJsonArray("partners").stream()
                .anyMatch(p -> p.asJsonObject().getString("code").equals("CEFORA")));
    }

    @Test
    void plansASessionAndReadsItBack() {
        long before = totalSessions();
        Http.Answer created = Http.post(base + "api/v1/sessions",
                session("DIGITALCITY", "DIG-OFF-01", "D-STU", "2031-01-06", "2031-03-28", 8), "nl");
        assertEquals(201, created.status(), created.body());
        assertNotNull(created.location());
        assertEquals(before + 1, totalSessions());

        JsonObject read = Http.get(created.location(), "nl").json();
        assertEquals(created.json().getInt("id"), read.getInt("id"));
        assertEquals("DIGITALCITY", read.getString("centre"));
        assertEquals("D-STU", read.getString("room"));
        assertEquals("2031-01-06", read.getString("startDate"));
        assertEquals("2031-03-28", read.getString("endDate"));
        assertEquals(8, read.getInt("seatCapacity"));
        assertEquals("PLANNED", read.getString("status"));
        assertEquals("Kantoortoepassingen", read.getString("courseTitle"));
    }

    @Test
    void twoSessionsShareARoomButNotAtTheSameTimeTheClashIsNamedAndNothingWritten() {
        int office = Http.post(base + "api/v1/sessions",
                session("DIGITALCITY", "DIG-OFF-01", "D-STU", "2031-05-05", "2031-06-27", 8), "fr").json().getInt("id");
        Http.Answer shared = Http.post(base + "api/v1/sessions",
                session("DIGITALCITY", "DIG-DEV-01", "D-STU", "2031-06-02", "2031-09-30", 6), "nl");
        assertEquals(201, shared.status(), "the room is booked by meetings, not for a whole period: " + shared.body());
        int web = shared.json().getInt("id");
        assertEquals(200, Http.current().put(base + "api/v1/sessions/" + office + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:30\"}]}", "fr").status());

        Http.Answer refused = Http.current().put(base + "api/v1/sessions/" + web + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"10:00\",\"end\":\"16:00\"}]}", "nl");

        Http.assertProblem(refused, 409, "conflict.blocking");
        assertEquals("nl", refused.contentLanguage());
        JsonObject clash = refused.json().getJsonArray("conflicts").getJsonObject(0);
        assertEquals("ROOM_DOUBLE_BOOKED", clash.getString("kind"));
        assertEquals("BLOCK", clash.getString("mode"));
        assertEquals("2031-06-09", clash.getString("date"), "2 June 2031 is Whit Monday: no meeting that day");
        assertEquals(office, clash.getInt("otherSessionId"));
        assertEquals("Lokaal D-STU wordt op dat moment al gebruikt door opleiding DIG-OFF-01 (09:00-12:30).",
                clash.getString("message"));
        assertEquals(0, ((JsonArray) Http.get(base + "api/v1/sessions/" + web + "/meetings", "en").structure()).size());

        assertEquals(200, Http.current().put(base + "api/v1/sessions/" + web + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"13:30\",\"end\":\"16:00\"}]}", "nl").status(),
                "Monday afternoons are free");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            end before start    | 422 | period.endBeforeStart      | endDate      | {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-STU","startDate":"2031-10-10","endDate":"2031-10-09","seatCapacity":5}
            no seats            | 422 | session.capacity.notPositive | seatCapacity | {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-STU","startDate":"2031-10-10","endDate":"2031-10-20","seatCapacity":0}
            more than the room  | 422 | session.capacity.aboveRoom | seatCapacity | {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-STU","startDate":"2031-10-10","endDate":"2031-10-20","seatCapacity":9}
            unknown centre      | 422 | centre.unknown             | centre       | {"centre":"BRAINCITY","course":"DIG-OFF-01","room":"D-STU","startDate":"2031-10-10","endDate":"2031-10-20","seatCapacity":5}
            unknown course      | 422 | course.unknown             | course       | {"centre":"DIGITALCITY","course":"NOPE","room":"D-STU","startDate":"2031-10-10","endDate":"2031-10-20","seatCapacity":5}
            unknown room        | 422 | room.unknown               | room         | {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"T-A01","startDate":"2031-10-10","endDate":"2031-10-20","seatCapacity":5}
            no start date       | 422 | period.start.required      | startDate    | {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-STU","endDate":"2031-10-20","seatCapacity":5}
            malformed JSON      | 400 | request.body.malformed     |              | {"centre":"DIGITALCITY","course":
            text for a number   | 422 | input.wholeNumber          | seatCapacity | {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-STU","startDate":"2031-10-10","endDate":"2031-10-20","seatCapacity":"many"}
            impossible date     | 422 | input.date                 | startDate    | {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-STU","startDate":"2031-02-30","endDate":"2031-10-20","seatCapacity":5}
            unknown language    | 422 | input.choice               | teachingLanguage | {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-STU","startDate":"2031-10-10","endDate":"2031-10-20","seatCapacity":5,"teachingLanguage":"XX"}
            """)
    void refusesBadInputWithAClearProblemAndWritesNothing(String name, int status, String code, String field,
                                                          String body) {
        long before = totalSessions();
        Http.Answer refused = Http.post(base + "api/v1/sessions", body, "en");
        Http.assertProblem(refused, status, code);
        if (field != null) {
            assertEquals(field, refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(before, totalSessions());
    }

    @Test
    void refusesARequestWithoutBody() {
        Http.assertProblem(Http.post(base + "api/v1/sessions", null, "en"), 400, "request.body.missing");
    }

    @Test
    void answersInFrenchWhenTheLanguageAskedIsNotOffered() {
        Http.Answer refused = Http.post(base + "api/v1/sessions",
                session("DIGITALCITY", "DIG-OFF-01", "D-STU", "2031-10-10", "2031-10-09", 5), "de-DE,de;q=0.9");
        assertEquals("La date de fin (9 oct. 2031) précède la date de début (10 oct. 2031).",
                refused.json().getString("detail"));
    }

    @Test
    void unknownAndMalformedReferencesAreAnsweredAsProblems() {
        Http.assertProblem(Http.get(base + "api/v1/sessions/987654321", "en"), 404, "session.unknown");
        Http.assertProblem(Http.get(base + "api/v1/sessions/abc", "en"), 400, "request.parameter.invalid");
        Http.assertProblem(Http.get(base + "api/v1/sessions?sort=DROP_TABLE", "en"), 400, "request.parameter.invalid");
        Http.assertProblem(Http.get(base + "api/v1/sessions?centre=NOWHERE", "en"), 422, "centre.unknown");
        Http.assertProblem(Http.get(base + "api/v1/no-such-thing", "en"), 404, "request.status.404");
        Http.assertProblem(Http.get(base + "api/v1/reports/seats-offered?year=twenty", "en"), 400,
                "request.parameter.invalid");
    }

    @Test
    void pagesAndSortsTheSessionList() {
        JsonObject page = Http.get(base + "api/v1/sessions?centre=DIGITALCITY&first=0&size=2&sort=START_DATE&order=desc",
                "en").json();
        assertEquals(2, page.getInt("size"));
        JsonArray items = page.getJsonArray("items");
        assertEquals(2, items.size());
        assertTrue(items.getJsonObject(0).getString("startDate")
                .compareTo(items.getJsonObject(1).getString("startDate")) >= 0);
        assertTrue(items.stream().allMatch(i -> i.asJsonObject().getString("centre").equals("DIGITALCITY")));
        assertTrue(page.getInt("total") >= 4, "the demonstration data has four Digitalcity sessions");
    }

    @Test
    void reportsTheSeatsOfferedPerCentreForAYear() {
        assertEquals(201, Http.post(base + "api/v1/sessions",
                session("LOGISTICITY", "LOG-MAG-01", "L-C01", "2036-03-01", "2036-06-30", 15), "en").status());
        JsonObject report = Http.get(base + "api/v1/reports/seats-offered?year=2036", "en").json();
        assertEquals(2036, report.getInt("year"));
        assertEquals(15, report.getInt("totalSeats"));
        JsonObject logisticity = report.getJsonArray("centres").getJsonObject(2);
        assertEquals("LOGISTICITY", logisticity.getString("centreCode"));
        assertEquals(1, logisticity.getInt("sessions"));
        assertEquals(15, logisticity.getInt("seats"));
        assertTrue(report.getString("rule").contains("cancelled"));
    }

    @Test
    void givesASessionItsWeeklyTimesRefusesBadOnesAndPublishesCalendars() {
        // February of next year: Technicity's welding workshop is free then in the demonstration data
        java.time.LocalDate first = java.time.LocalDate.of(java.time.Year.now().getValue() + 1, 2, 1);
        java.time.LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        List<String> mondays = first.datesUntil(last.plusDays(1))
                .filter(day -> day.getDayOfWeek() == java.time.DayOfWeek.MONDAY).map(Object::toString).toList();
        String body = session("TECHNICITY", "TEC-SOUD-01", "T-A01", first.toString(), last.toString(), 12);
        int welding = Http.post(base + "api/v1/sessions", body, "fr").json().getInt("id");

        Http.Answer planned = Http.current().put(base + "api/v1/sessions/" + welding + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:30\"}]}", "fr");
        assertEquals(200, planned.status(), planned.body());
        JsonArray meetings = (JsonArray) planned.structure();
        assertEquals(mondays, meetings.stream().map(m -> m.asJsonObject().getString("date")).toList());
        assertTrue(meetings.getJsonObject(0).getString("start").startsWith("09:00"), meetings.toString());

        Http.Answer invalid = Http.current().put(base + "api/v1/sessions/" + welding + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"TUESDAY\",\"start\":\"12:00\",\"end\":\"09:00\"}]}", "en");
        Http.assertProblem(invalid, 422, "slot.endNotAfterStart");
        assertEquals(mondays.size(), ((JsonArray) Http.get(base + "api/v1/sessions/" + welding + "/meetings", "en")
                .structure()).size(), "a refused pattern leaves the meetings as they were");

        Http.Answer overlapping = Http.current().put(base + "api/v1/sessions/" + welding + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"WEDNESDAY\",\"start\":\"09:00\",\"end\":\"12:30\"},"
                        + "{\"day\":\"WEDNESDAY\",\"start\":\"12:00\",\"end\":\"13:00\"}]}", "nl");
        Http.assertProblem(overlapping, 422, "session.pattern.overlapping");
        assertEquals("De wekelijkse tijden op woensdag 09:00-12:30 en op woensdag 12:00-13:00 overlappen.",
                overlapping.json().getString("detail"));
        String calendar = Http.get(base + "api/v1/calendars/sessions/" + welding + ".ics?lang=nl", "en").body();
        assertEquals(mondays.size(), calendar.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(calendar.contains("DTSTART;TZID=Europe/Brussels:" + mondays.get(0).replace("-", "") + "T090000"),
                calendar);
        assertTrue(calendar.contains("SUMMARY:TEC-SOUD-01 Halfautomatisch lasser"), calendar);
        String room = Http.get(base + "api/v1/calendars/rooms/TECHNICITY/T-A01.ics", "en").body();
        assertTrue(room.contains("UID:meeting-" + meetings.getJsonObject(0).getInt("id") + "@pfe-operations"), room);
        Http.assertProblem(Http.get(base + "api/v1/calendars/trainers/NOBODY.ics", "en"), 404, "trainer.unknown");
    }

    @Test
    void servesItsApiDescription() {
        Http.Answer openapi = Http.get(base + "openapi", "en");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/sessions"), openapi.body());
        assertTrue(openapi.body().contains("PFE Operations API"));
    }

    private static long history(long session) {
        return TestDatabase.shared().count("session_history where session_id = " + session);
    }

    private static String statusOf(Http.User user, long session) {
        return user.get(base + "api/v1/sessions/" + session, "en").json().getString("status");
    }

    @Test
    void eachStepOfTheLifecycleIsOneOperationRefusedWith409AndItsReasonWithNothingWritten() {
        Http.User staff = Http.as("staff.technicity");
        Http.Answer planned = staff.post(base + "api/v1/sessions",
                session("TECHNICITY", "TEC-ELEC-01", "T-A02", "2047-03-01", "2047-04-30", 10), "en");
        assertEquals(201, planned.status(), planned.body());
        long id = planned.json().getJsonNumber("id").longValue();
        assertEquals("TEC-ELEC-01 · 2047-03-01", planned.json().getString("code"));
        String sessionUrl = base + "api/v1/sessions/" + id;

        // not ready: no trainer, no meeting
        Http.Answer noTrainer = staff.current().post(sessionUrl + "/opening", "{}", "en");
        Http.assertProblem(noTrainer, 409, "session.open.trainerRequired");
        assertEquals("The session cannot open without a trainer.", noTrainer.json().getString("detail"));
        Http.assertProblem(staff.current().post(sessionUrl + "/closing", "{}", "fr"), 409, "session.status.transition");
        assertEquals(0, history(id), "nothing written on refusal");
        assertEquals("PLANNED", statusOf(staff, id));

        Http.Answer trainers = staff.current().put(sessionUrl + "/trainers", "{\"trainers\":[\"MLEMAIRE\"]}", "en");
        assertEquals(200, trainers.status(), trainers.body());
        Http.assertProblem(staff.current().post(sessionUrl + "/opening", "{}", "en"), 409, "session.open.meetingRequired");
        Http.Answer pattern = staff.current().put(sessionUrl + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"13:30\",\"end\":\"16:00\"}]}", "en");
        assertEquals(200, pattern.status(), pattern.body());
        assertFalse(pattern.body().contains("2047-04-15"), "Easter Monday 2047 is skipped: " + pattern.body());
        assertTrue(pattern.body().contains("2047-04-08") && pattern.body().contains("2047-04-22"), pattern.body());

        Http.Answer opened = staff.current().post(sessionUrl + "/opening", "{\"reason\":\"ready\"}", "en");
        assertEquals(200, opened.status(), opened.body());
        assertEquals("OPEN", opened.json().getString("status"));
        assertEquals(1, history(id));

        Http.assertProblem(staff.current().post(sessionUrl + "/cancellation", "{}", "en"), 422, "session.reason.required");
        Http.assertProblem(staff.current().post(sessionUrl + "/opening", "{}", "en"), 409, "session.status.transition");
        Http.assertProblem(Http.as("staff.digitalcity").current().post(sessionUrl + "/cancellation",
                "{\"reason\":\"not ours\"}", "en"), 403, "access.denied.record");
        assertEquals(1, history(id), "nothing written on refusal");
        assertEquals("OPEN", statusOf(staff, id));

        Http.Answer cancelled = staff.current().post(sessionUrl + "/cancellation", "{\"reason\":\"Trainer unavailable\"}", "en");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        JsonArray meetings = (JsonArray) staff.get(sessionUrl + "/meetings", "en").structure();
        assertTrue(meetings.stream().allMatch(m -> m.asJsonObject().getString("status").equals("CANCELLED")),
                "every meeting to come is cancelled");
        Http.assertProblem(staff.current().post(sessionUrl + "/cancellation", "{\"reason\":\"again\"}", "en"), 409,
                "session.status.transition");
        Http.assertProblem(staff.current().put(sessionUrl + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"TUESDAY\",\"start\":\"13:30\",\"end\":\"16:00\"}]}", "en"), 409,
                "session.frozen");
        Http.assertProblem(staff.current().post(sessionUrl + "/correction", "{\"status\":\"OPEN\",\"reason\":\"mistake\"}",
                "en"), 403, "access.denied");
        assertEquals(2, history(id));

        Http.Answer corrected = Http.as("admin").current().post(sessionUrl + "/correction",
                "{\"status\":\"OPEN\",\"reason\":\"cancelled by mistake\"}", "en");
        assertEquals(200, corrected.status(), corrected.body());
        JsonArray events = (JsonArray) staff.get(sessionUrl + "/history", "en").structure();
        assertEquals(List.of("OPENED", "CANCELLED", "CORRECTED"),
                events.stream().map(e -> e.asJsonObject().getString("kind")).toList());
        assertEquals("staff.technicity", events.getJsonObject(1).getString("actor"));
        assertEquals("Trainer unavailable", events.getJsonObject(1).getString("reason"));
        assertEquals("admin", events.getJsonObject(2).getString("actor"));
    }

    @Test
    void theListFiltersByStatusAsOfTodayCourseAndText() {
        Http.User staff = Http.as("staff.technicity");
        JsonObject running = staff.get(base + "api/v1/sessions?status=RUNNING&size=200", "en").json();
        assertTrue(running.getInt("total") >= 1, "the demonstration's session running around today");
        running.getJsonArray("items").forEach(item -> {
            assertEquals("RUNNING", item.asJsonObject().getString("status"));
            assertEquals("TECHNICITY", item.asJsonObject().getString("centre"));
        });
        JsonObject welders = staff.get(base + "api/v1/sessions?q=soudeur&size=200", "fr").json();
        welders.getJsonArray("items").forEach(item -> assertEquals("TEC-SOUD-01", item.asJsonObject().getString("course")));
        assertTrue(welders.getInt("total") >= 1);
        Http.assertProblem(staff.get(base + "api/v1/sessions?status=SOMETIMES", "en"), 400, "request.parameter.invalid");
    }
}
