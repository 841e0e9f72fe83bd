package be.pfe.operations.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Skills validations and personal data through the REST API of the running application (validation sessions on
 * 10 March 2047, which no other test uses): an assessor teaching a course at that time is refused with the conflict
 * explained, candidates up to the seats, results refused before the test, the privacy endpoints for administrators
 * only, a learner's export in JSON and PDF, erasure refused while an enrolment is open.
 */
class ValidationPrivacyApiIT {

    private static final LocalDate TEST_DAY = LocalDate.of(2047, 3, 12);
    private static String base;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
    }

    private static int serial;

    /** A learner with a national register number of their own (born 5 May 1993). */
    private static long learner(String family) {
        String nine = "930505%03d".formatted(++serial);
        String niss = nine + "%02d".formatted(97 - Long.parseLong(nine) % 97);
        Http.Answer created = Http.post(base + "api/v1/learners", """
                {"familyName":"%s","givenName":"Val","birthDate":"1993-05-05","email":"val@example.be","language":"FR",
                 "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY","niss":"%s",
                 "centre":"DIGITALCITY"}"""
                .formatted(family, niss), "en");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void validationSessionsAreScheduledThroughTheSessionConflictsAndTakeCandidatesUpToTheirSeats() {
        Http.User staff = Http.as("staff.digitalcity");
        // TDUPONT teaches a course on 12 March 2047 (a Tuesday) in the morning
        Http.Answer course = staff.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-201","startDate":"2047-03-11",
                 "endDate":"2047-03-15","seatCapacity":12,"teachingLanguage":"FR"}""", "en");
        assertEquals(201, course.status(), course.body());
        long courseId = course.json().getJsonNumber("id").longValue();
        Http.Answer taught = staff.post(base + "api/v1/sessions/" + courseId + "/meetings",
                "{\"date\":\"2047-03-12\",\"start\":\"09:00\",\"end\":\"12:30\"}", "en");
        assertEquals(201, taught.status(), taught.body());
        database("insert into session_trainer (session_id, trainer_id) select " + courseId
                + ", id from trainer where code = 'TDUPONT'");

        String plan = """
                {"centre":"DIGITALCITY","unit":"VAL-DIG-NET","room":"D-LAB","assessor":"TDUPONT","date":"%s",
                 "start":"%s","end":"%s","seatCapacity":2}""";
        Http.Answer clash = staff.post(base + "api/v1/validations", plan.formatted(TEST_DAY, "10:00", "12:00"), "fr");
        Http.assertProblem(clash, 409, "conflict.blocking");
        JsonObject conflict = clash.json().getJsonArray("conflicts").getJsonObject(0);
        assertEquals("TRAINER_DOUBLE_BOOKED", conflict.getString("kind"));
        assertEquals(courseId, conflict.getJsonNumber("otherSessionId").longValue());

        Http.Answer notAUnit = staff.post(base + "api/v1/validations", plan.replace("VAL-DIG-NET", "DIG-NET-01")
                .formatted(TEST_DAY, "13:30", "16:00"), "en");
        Http.assertProblem(notAUnit, 422, "validation.unit.notValidation");
        Http.assertProblem(Http.as("staff.technicity").post(base + "api/v1/validations",
                plan.formatted(TEST_DAY, "13:30", "16:00"), "en"), 403, "access.denied.centre");

        Http.Answer planned = staff.post(base + "api/v1/validations", plan.formatted(TEST_DAY, "13:30", "16:00"), "en");
        assertEquals(201, planned.status(), planned.body());
        long session = planned.json().getJsonNumber("id").longValue();
        assertEquals("13:30:00", planned.json().getString("start"));
        assertEquals("TDUPONT", planned.json().getString("assessor"));
        JsonArray listed = Http.as("board.technicity").get(base + "api/v1/validations?from=2047-01-01", "en").structure()
                .asJsonArray();
        assertTrue(listed.stream().noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == session),
                "a Technicity board member does not see Digitalcity's validations");

        long first = learner("Valone");
        long second = learner("Valtwo");
        long third = learner("Valthree");
        Http.Answer added = staff.post(base + "api/v1/validations/" + session + "/candidates",
                "{\"learnerId\":" + first + "}", "en");
        assertEquals(201, added.status(), added.body());
        Http.assertProblem(staff.post(base + "api/v1/validations/" + session + "/candidates",
                "{\"learnerId\":" + first + "}", "en"), 422, "validation.candidate.already");
        assertEquals(201, staff.post(base + "api/v1/validations/" + session + "/candidates",
                "{\"learnerId\":" + second + "}", "en").status());
        Http.assertProblem(staff.post(base + "api/v1/validations/" + session + "/candidates",
                "{\"learnerId\":" + third + "}", "nl"), 422, "validation.session.full");
        Http.assertProblem(staff.post(base + "api/v1/enrolments",
                "{\"learner\":" + third + ",\"session\":" + session + "}", "en"), 422, "enrolment.session.validation");

        long candidate = added.json().getJsonNumber("id").longValue();
        Http.Answer early = staff.current().put(base + "api/v1/validations/" + session + "/results",
                "[{\"candidateId\":" + candidate + ",\"result\":\"PASSED\"}]", "fr");
        Http.assertProblem(early, 422, "validation.result.beforeTest");
        JsonArray candidates = staff.get(base + "api/v1/validations/" + session + "/candidates", "en").structure().asJsonArray();
        assertEquals(2, candidates.size());
        assertEquals("PENDING", candidates.getJsonObject(0).getString("result"));
    }

    @Test
    void privacyIsForAdministratorsWhoExportALearnerAndAreToldWhyErasureIsRefused() throws Exception {
        for (String user : new String[] {"staff.digitalcity", "auditor", "manager.actiris", "board.technicity"}) {
            Http.assertProblem(Http.as(user).get(base + "api/v1/privacy/retention", "en"), 403, "access.denied");
        }
        JsonArray retention = Http.get(base + "api/v1/privacy/retention", "en").structure().asJsonArray();
        assertEquals(6, retention.size());
        Http.assertProblem(Http.put(base + "api/v1/privacy/retention", "{\"SCREENING\":0}", "fr"), 422,
                "privacy.retention.monthsInvalid");

        long learner = learner("Privacy");
        Http.Answer session = Http.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-NET-01","startDate":"2047-04-01","endDate":"2047-05-31",
                 "seatCapacity":10,"teachingLanguage":"FR"}""", "en");
        long sessionId = session.json().getJsonNumber("id").longValue();
        assertEquals(201, Http.post(base + "api/v1/enrolments",
                "{\"learner\":" + learner + ",\"session\":" + sessionId + "}", "en").status());

        Http.Answer json = Http.get(base + "api/v1/privacy/learners/" + learner + "/export", "en");
        assertEquals(200, json.status(), json.body());
        assertEquals("Privacy", json.json().getJsonObject("identity").getString("familyName"));
        assertEquals(niss(json), json.json().getJsonObject("identity").getString("nationalRegisterNumber"));
        JsonObject enrolment = json.json().getJsonArray("enrolments").getJsonObject(0);
        assertEquals("APPLIED", enrolment.getString("status"));
        assertEquals("APPLIED", enrolment.getJsonArray("history").getJsonObject(0).getString("toStatus"));
        Http.assertProblem(Http.as("staff.digitalcity").get(base + "api/v1/privacy/learners/" + learner + "/export",
                "en"), 403, "access.denied");

        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/privacy/learners/" + learner
                                + "/export.pdf"))
                        .header("Accept-Language", "nl")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (Http.ADMINISTRATOR + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdftotext(pdf.body());
        assertTrue(text.contains("Persoonsgegevens van de cursist " + learner), text);
        assertTrue(text.contains("Rijksregisternummer") && text.contains(niss(json)), text);

        Http.Answer refused = Http.post(base + "api/v1/privacy/learners/" + learner + "/erasure", "", "fr");
        Http.assertProblem(refused, 422, "privacy.erasure.openEnrolment");
        assertTrue(refused.body().contains("inscription encore ouverte"), refused.body());
        assertEquals(1L, countOf("privacy_action where action = 'ERASURE_REFUSED' and learner_id = " + learner));
        assertEquals(1L, countOf("privacy_action where action = 'EXPORT_PDF' and learner_id = " + learner));
        assertEquals(0L, countOf("audit_event where detail like '%Privacy%' or subject like '%Privacy%'"));
    }

    private static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("export", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-raw", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return text.replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The number as the learner was registered with it, written the way the export writes it. */
    private static String niss(Http.Answer export) {
        String digits = "930505%03d".formatted(serial);
        digits = digits + "%02d".formatted(97 - Long.parseLong(digits) % 97);
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
                + digits.substring(6, 9) + "." + digits.substring(9);
    }

    private static void database(String sql) {
        be.pfe.operations.testing.TestDatabase.shared().execute(sql);
    }

    private static long countOf(String table) {
        return be.pfe.operations.testing.TestDatabase.shared().count(table);
    }
}
