package be.pfe.operations.web.it;

import be.pfe.operations.scheduling.imports.TableFile;
import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probes of the hardening review, replayed: numbers that wrapped or were truncated, strings read as numbers,
 * dates of another millennium, a session of centuries, control, bidi, invisible and broken characters in a name,
 * bodies too large. Each is refused with a problem document in French (asked for with Accept-Language: fr) that
 * names the field, and nothing is written.
 */
class StrictInputIT {

    private static String base;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
    }

    private static String session(String start, String end, String seats) {
        return """
                {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-STU","startDate":"%s","endDate":"%s",
                 "seatCapacity":%s,"teachingLanguage":"FR"}""".formatted(start, end, seats);
    }

    private static long count(String table) {
        return TestDatabase.shared().count(table);
    }

    /** The answer is a French problem about {@code field}, and returns its detail. */
    private static String refusedInFrench(Http.Answer answer, int status, String code, String field) {
        Http.assertProblem(answer, status, code);
        assertEquals("fr", answer.contentLanguage());
        JsonObject problem = answer.json();
        if (field != null) {
            assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), answer.body());
        }
        return problem.getString("detail");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wraps to 8 as an int     | 2031-10-10 | 2031-10-20   | 4294967304 | input.wholeNumber  | seatCapacity
            one past the int range   | 2031-10-10 | 2031-10-20   | 2147483648 | input.wholeNumber  | seatCapacity
            below the int range      | 2031-10-10 | 2031-10-20   | -2147483649 | input.wholeNumber | seatCapacity
            truncated decimal        | 2031-10-10 | 2031-10-20   | 12.5       | input.wholeNumber  | seatCapacity
            a string for a number    | 2031-10-10 | 2031-10-20   | "12"       | input.wholeNumber  | seatCapacity
            a boolean for a number   | 2031-10-10 | 2031-10-20   | true       | input.wholeNumber  | seatCapacity
            the year 99999           | 2031-10-10 | +99999-01-01 | 5          | date.outsideWindow | endDate
            until 31/12/2999         | 2031-10-10 | 2999-12-31   | 5          | date.outsideWindow | endDate
            a session of 500 years   | 2030-01-01 | 2529-12-31   | 5          | date.outsideWindow | endDate
            before the year 2000     | 1999-12-31 | 2031-10-20   | 5          | date.outsideWindow | startDate
            a session of 70 years    | 2030-01-01 | 2099-12-31   | 5          | period.tooLong     | endDate
            three years and one day  | 2030-01-01 | 2033-01-01   | 5          | period.tooLong     | endDate
            """)
    void refusesSessionsWithNumbersOrDatesOutOfBoundsAndWritesNothing(String name, String start, String end,
                                                                       String seats, String code, String field) {
        long sessions = count("course_session");
        long meetings = count("meeting");
        Http.Answer refused = Http.post(base + "api/v1/sessions", session(start, end, seats), "fr");
        String detail = refusedInFrench(refused, 422, code, field);
        if (code.equals("input.wholeNumber")) {
            assertEquals("seatCapacity doit être un nombre entier entre -2147483648 et 2147483647.", detail);
        }
        assertEquals(sessions, count("course_session"), "no session written");
        assertEquals(meetings, count("meeting"), "no meeting written");
    }

    @Test
    void theLongestSessionAllowedIsStillPlanned() {
        // in no room, far ahead: it takes no room and no figure from the other tests
        Http.Answer planned = Http.post(base + "api/v1/sessions",
                session("2090-01-01", "2092-12-31", "5").replace("\"room\":\"D-STU\",", ""), "fr");
        assertEquals(201, planned.status(), planned.body());
        assertEquals("2092-12-31", planned.json().getString("endDate"));
    }

    @Test
    void refusesPlacementHoursThatWouldWrapAndWritesNothing() {
        long placements = count("placement");
        String body = """
                {"learner":1,"centre":"TECHNICITY","type":"INDIVIDUAL_VOCATIONAL","startDate":"2046-03-09",
                 "endDate":"2046-04-30","hours":%s}""";
        for (String hours : new String[] {"4294967396", "100.5", "\"100\""}) {
            String detail = refusedInFrench(Http.post(base + "api/v1/placements", body.formatted(hours), "fr"), 422,
                    "input.wholeNumber", "hours");
            assertEquals("hours doit être un nombre entier entre -2147483648 et 2147483647.", detail);
        }
        assertEquals(placements, count("placement"));
    }

    @Test
    void booleansAreBooleansAndChoicesAreAmongTheValues() {
        long plans = count("joint_action_plan");
        refusedInFrench(Http.post(base + "api/v1/plans",
                "{\"centre\":\"TECHNICITY\",\"year\":2047,\"fromPreviousYear\":\"yes\"}", "fr"), 422,
                "input.boolean", "fromPreviousYear");
        refusedInFrench(Http.post(base + "api/v1/plans",
                "{\"centre\":\"TECHNICITY\",\"year\":2047,\"fromPreviousYear\":1}", "fr"), 422,
                "input.boolean", "fromPreviousYear");
        assertEquals(plans, count("joint_action_plan"));

        long sessions = count("course_session");
        String detail = refusedInFrench(Http.post(base + "api/v1/sessions",
                session("2031-10-10", "2031-10-20", "5").replace("\"FR\"", "\"fr\""), "fr"), 422,
                "input.choice", "teachingLanguage");
        assertEquals("teachingLanguage doit être l’une des valeurs : FR, NL, EN.", detail);
        assertEquals(sessions, count("course_session"));
    }

    @Test
    void nestedValuesAreNamedByTheirPath() {
        long meetings = count("meeting");
        refusedInFrench(Http.current().put(base + "api/v1/sessions/1/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:00\"},"
                        + "{\"day\":\"FUNDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}", "fr"), 422,
                "input.choice", "slots[1].day");
        assertEquals(meetings, count("meeting"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NUL                     | Du\\u0000bois         | input.text.control
            ESC                     | Du\\u001b[31mbois     | input.text.control
            BEL                     | Du\\u0007bois         | input.text.control
            C1 control              | Du\\u0085bois         | input.text.control
            RTL override            | \\u202Esiobud         | input.text.bidi
            isolate                 | Du\\u2066bois         | input.text.bidi
            zero-width only         | \\u200B\\u200C\\u200D | input.text.invisible
            byte order mark only    | \\uFEFF               | input.text.invisible
            lone high surrogate     | Du\\uD800bois         | input.text.surrogate
            lone low surrogate      | \\uDC00               | input.text.surrogate
            """)
    void refusesUnreadableCharactersInALearnersNameAndWritesNothing(String name, String familyName, String code) {
        long learners = count("learner");
        String body = """
                {"familyName":"%s","givenName":"Probe","birthDate":"1990-05-05","language":"FR",
                 "entryStatus":"WORKER","educationLevel":"HIGHER"}""".formatted(familyName);
        refusedInFrench(Http.post(base + "api/v1/learners", body, "fr"), 422, code, "familyName");
        assertEquals(learners, count("learner"), "no learner written");
    }

    @Test
    void aBodyOfTwoMebibytesIsRefusedUnread() {
        long learners = count("learner");
        char[] padding = new char[2 << 20];
        Arrays.fill(padding, 'a');
        String body = """
                {"familyName":"%s","givenName":"Probe","birthDate":"1990-05-05","language":"FR",
                 "entryStatus":"WORKER","educationLevel":"HIGHER"}""".formatted(new String(padding));
        String detail = refusedInFrench(Http.post(base + "api/v1/learners", body, "fr"), 413,
                "request.body.tooLarge", null);
        assertEquals("Le corps de la requête est trop volumineux : au plus 1 MiB.", detail);
        assertEquals(learners, count("learner"));
    }

    /** A file sent as an HTTP/1.1 client that waits for "100 Continue" before the body (curl does above 1 MB). */
    private static Http.Answer expectingContinue(String url, byte[] file) {
        String credentials = java.util.Base64.getEncoder().encodeToString((Http.ADMINISTRATOR + ":" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).expectContinue(true)
                            .timeout(java.time.Duration.ofSeconds(30))
                            .header("Authorization", "Basic " + credentials).header("Accept-Language", "fr")
                            .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(file))
                            .build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Language").orElse(""), null, response.body(),
                    response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importedFilesHaveTheirOwnLimit() {
        long learners = count("learner");
        byte[] file = new byte[TableFile.MAX_BYTES + 1];
        Arrays.fill(file, (byte) 'a');
        // announced too large: answered at once, so a client that waits for "100 Continue" never sends the file
        String detail = refusedInFrench(expectingContinue(base + "api/v1/imports/learners/preview", file), 413,
                "request.body.tooLarge", null);
        assertTrue(detail.contains("5 MiB"), detail);
        assertEquals(learners, count("learner"));

        // a file of two mebibytes is no JSON body: it is read (and refused for its content, not its size)
        byte[] twoMebibytes = ("familyName;givenName\n" + "a;b\n".repeat(1 << 19)).getBytes(StandardCharsets.UTF_8);
        int status = Http.postFile(base + "api/v1/imports/learners/preview", twoMebibytes, "text/csv", "fr").status();
        assertTrue(status != 413 && status < 500, "status " + status);
    }
}
