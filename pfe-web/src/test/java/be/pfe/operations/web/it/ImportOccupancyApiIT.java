package be.pfe.operations.web.it;

import be.pfe.operations.scheduling.imports.TableFile;
import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's file imported through the REST API (preview, import, the same file again), then the occupancy figures
 * of the session and the enrolments behind them (sessions in 2043, which no other test uses). Then the imports'
 * defences: read-only roles refused before the file is read, at most two imports read at once, and no preview that
 * names another centre's learner (sessions in 2052, which no other test uses).
 */
class ImportOccupancyApiIT {

    private static String base;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
    }

    private static long session(String start, String end, int seats) {
        return session("DIGITALCITY", "DIG-NET-01", start, end, seats);
    }

    private static long session(String centre, String course, String start, String end, int seats) {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"%s","course":"%s","startDate":"%s","endDate":"%s","seatCapacity":%d,
                 "teachingLanguage":"FR"}""".formatted(centre, course, start, end, seats), "en");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static Http.Answer csv(String path, String body, String language) {
        return Http.postFile(base + "api/v1/imports/" + path, body.getBytes(StandardCharsets.UTF_8), "text/csv", language);
    }

    /** An answer's bytes (a workbook), with a demonstration user's credentials. */
    private static java.net.http.HttpResponse<byte[]> bytes(String user, String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "fr, Date de naissance, Néerlandais, Travailleur, Supérieur, Présent, Valeurs permises",
            "nl, Geboortedatum, Nederlands, Werknemer, Hoger onderwijs, Aanwezig, Toegelaten waarden",
            "en, Birth date, Dutch, Worker, Higher education, Present, Allowed values"})
    void theTemplatesInEachLanguageAreFilledWithThatLanguagesWordsAndImportedWithoutError(
            String lang, String birthDate, String dutch, String worker, String higher, String present, String valuesSheet)
            throws Exception {
        int index = List.of("fr", "nl", "en").indexOf(lang);
        long session = session("TECHNICITY", "TEC-ELEC-01", (2053 + index) + "-03-01", (2053 + index) + "-06-30", 10);
        Http.User staff = Http.as("staff.technicity");

        Http.Answer csv = staff.get(base + "api/v1/imports/learners/template.csv?lang=" + lang, "en");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String header = csv.body().replace("\uFEFF", "").strip();
        assertEquals(11, header.split(";").length, header);
        assertTrue(header.contains(birthDate), header);
        String file = header + "\n" + String.join(";", "Gabarit" + lang, "Csv", "14/03/1990", "", "", "", dutch,
                worker, higher, Long.toString(session), "actiris") + "\n";
        JsonObject imported = csv("learners", file, lang).json();
        assertEquals(0, imported.getJsonObject("outcomes").getInt("ERROR"), imported.toString());
        assertEquals(1, imported.getJsonObject("outcomes").getInt("NEW_LEARNER"), imported.toString());

        var xlsx = bytes("staff.technicity", base + "api/v1/imports/learners/template.xlsx?lang=" + lang);
        assertEquals(200, xlsx.statusCode());
        byte[] filled;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var rows = workbook.getSheetAt(0);
            List<String> headers = new java.util.ArrayList<>();
            rows.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(List.of(header.split(";")), headers, "the same columns as the CSV");
            assertEquals(valuesSheet, workbook.getSheetAt(1).getSheetName());
            StringBuilder allowed = new StringBuilder();
            workbook.getSheetAt(1).forEach(row -> row.forEach(cell -> allowed.append(cell.getStringCellValue()).append('|')));
            assertTrue(allowed.toString().contains(dutch + "|") && allowed.toString().contains("ACTIRIS"), allowed.toString());
            assertTrue(allowed.toString().contains("TEC-ELEC-01 · 2027-03-01"), "how a session is named: " + allowed);
            var row = rows.createRow(1);
            String[] values = {"Gabarit" + lang, "Xlsx", "1991-05-06", "", "", "", dutch, worker, higher,
                    "TEC-ELEC-01 · " + (2053 + index) + "-03-01", "ACTIRIS"}; // the session by its code
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        JsonObject fromWorkbook = staff.postFile(base + "api/v1/imports/learners", filled,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", lang).json();
        assertEquals(0, fromWorkbook.getJsonObject("outcomes").getInt("ERROR"), fromWorkbook.toString());
        assertEquals(1, fromWorkbook.getJsonObject("outcomes").getInt("NEW_LEARNER"), fromWorkbook.toString());

        String[] mark = TestDatabase.shared().inTransaction(em -> {
            Object[] found = (Object[]) em.createNativeQuery("select m.id, e.id from enrolment e join learner l on"
                    + " l.id = e.learner_id join meeting m on m.session_id = e.session_id where l.name_key ="
                    + " 'demo lambert|yasmina' and e.status = 'ENROLLED' and m.status = 'SCHEDULED' and m.meeting_date"
                    + " < current_date order by m.meeting_date desc").setFirstResult(index).setMaxResults(1)
                    .getSingleResult();
            return new String[]{found[0].toString(), found[1].toString()};
        });
        String attendanceHeader = staff.get(base + "api/v1/imports/attendance/template.csv?lang=" + lang, "en").body()
                .replace("\uFEFF", "").strip();
        assertEquals(3, attendanceHeader.split(";").length, attendanceHeader);
        JsonObject marks = csv("attendance", attendanceHeader + "\n" + mark[0] + ";" + mark[1] + ";" + present + "\n",
                lang).json();
        assertEquals(0, marks.getJsonObject("outcomes").getInt("ERROR"), marks.toString());
    }

    @Test
    void aRefusedValueListsTheAllowedOnesAndEveryErrorOfARowIsReportedAtOnce() {
        String file = "familyName;givenName;birthDate;niss;email;language;entryStatus;educationLevel;session;partner\n"
                + "Erreur;Toutes;31/02/1990;12345678901;pas-un-courriel;Klingon;WORKER;HIGHER;999999999;NOPE\n";
        JsonObject report = csv("learners/preview", file, "en").json();
        JsonArray errors = report.getJsonArray("results").getJsonObject(0).getJsonArray("errors");
        List<String> fields = errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        for (String field : List.of("birthDate", "niss", "email", "language", "session", "partner")) {
            assertTrue(fields.contains(field), field + " in " + errors);
        }
        String language = errors.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("field").equals("language"))
                .findFirst().orElseThrow().getString("message");
        assertTrue(language.contains("French, Dutch, English"), language);
        String partner = errors.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("field").equals("partner"))
                .findFirst().orElseThrow().getString("message");
        assertTrue(partner.contains("ACTIRIS") && partner.contains("VDAB_BRUSSEL"), partner);
    }

    @Test
    void previewsImportsAndReimportsAPartnersFileThenCountsItsSeatsAndSeatHours() {
        long session = session("2043-09-07", "2043-10-30", 3);
        assertEquals(200, Http.current().put(base + "api/v1/sessions/" + session + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:30\"}]}", "en").status());
        String niss = EnrolmentApiIT.niss(LocalDate.of(1991, 4, 12), 57);
        String badNiss = niss.substring(0, 9) + "%02d".formatted(Integer.parseInt(niss.substring(9)) % 97 + 1);
        String file = "Naam;Voornaam;Geboortedatum;INSZ;Taal;Status bij instroom;Opleidingsniveau;Sessie;Partner\n"
                + "Claes;Ine;12/04/1991;" + niss + ";NL;JOBSEEKER_VDAB;LOWER_SECONDARY;" + session + ";VDAB_BRUSSEL\n"
                + "Mertens;Bram;1989-10-02;;NL;WORKER;HIGHER;" + session + ";\n"
                + "Wouters;Els;1990-01-01;" + badNiss + ";NL;WORKER;HIGHER;" + session + ";\n";

        Http.Answer preview = csv("learners/preview", file, "nl");
        assertEquals(200, preview.status(), preview.body());
        JsonObject report = preview.json();
        assertEquals(3, report.getInt("rows"));
        assertEquals(2, report.getInt("good"));
        JsonObject refused = report.getJsonArray("results").getJsonObject(2);
        assertEquals("ERROR", refused.getString("outcome"));
        assertEquals(4, refused.getInt("row"));
        JsonObject error = refused.getJsonArray("errors").getJsonObject(0);
        assertEquals("niss.checkDigits", error.getString("code"));
        assertEquals("niss", error.getString("field"));
        assertEquals("Dit rijksregisternummer is niet geldig: de controlecijfers kloppen niet.", error.getString("message"));
        assertEquals("91.04.12-***.**", report.getJsonArray("results").getJsonObject(0).getString("maskedNiss"));
        assertFalse(preview.body().contains(niss.substring(6)), "the number never comes back whole");
        assertFalse(preview.body().contains(badNiss.substring(6)));
        assertEquals(0, Http.get(base + "api/v1/enrolments?session=" + session, "en").structure().asJsonArray().size(),
                "a preview writes nothing");

        JsonObject elsewhere = Http.as("staff.technicity").postFile(base + "api/v1/imports/learners",
                file.getBytes(StandardCharsets.UTF_8), "text/csv", "en").json();
        assertEquals(3, elsewhere.getJsonObject("outcomes").getInt("ERROR"), "a Technicity desk imports nothing here");
        assertEquals(0, Http.get(base + "api/v1/enrolments?session=" + session, "en").structure().asJsonArray().size());
        JsonObject imported = csv("learners", file, "en").json();
        assertEquals(2, imported.getJsonObject("outcomes").getInt("NEW_LEARNER"));
        assertEquals(1, imported.getJsonObject("outcomes").getInt("ERROR"));
        JsonObject again = csv("learners", file, "en").json();
        assertEquals(2, again.getJsonObject("outcomes").getInt("UNCHANGED"), "the same file twice creates nothing twice");
        JsonArray enrolments = Http.get(base + "api/v1/enrolments?session=" + session, "en").structure().asJsonArray();
        assertEquals(2, enrolments.size());

        for (JsonObject enrolment : enrolments.getValuesAs(JsonObject.class)) {
            long id = enrolment.getJsonNumber("enrolmentId").longValue();
            assertEquals(200, Http.current().post(base + "api/v1/enrolments/" + id + "/steps",
                    "{\"step\":\"SCREEN\",\"actor\":\"assessor\"}", "en").status());
            assertEquals(200, Http.current().post(base + "api/v1/enrolments/" + id + "/steps",
                    "{\"step\":\"ADMIT\",\"actor\":\"desk\"}", "en").status());
        }

        List<JsonObject> meetings = Http.get(base + "api/v1/sessions/" + session + "/meetings", "en").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        long firstMeeting = meetings.get(0).getJsonNumber("id").longValue();
        long firstEnrolment = enrolments.getJsonObject(0).getJsonNumber("enrolmentId").longValue();
        JsonObject attendance = csv("attendance/preview", "meeting;enrolment;mark\n"
                + firstMeeting + ";" + firstEnrolment + ";present\n"
                + "999999999;" + firstEnrolment + ";absent\n", "fr").json();
        JsonArray rows = attendance.getJsonArray("results");
        assertEquals("attendance.meeting.future", rows.getJsonObject(0).getJsonArray("errors").getJsonObject(0)
                .getString("code"), "a meeting of 2043 has not taken place yet");
        assertTrue(rows.getJsonObject(0).getJsonArray("errors").getJsonObject(0).getString("message")
                .startsWith("La séance du"), rows.toString());
        assertEquals("meeting.unknown", rows.getJsonObject(1).getJsonArray("errors").getJsonObject(0)
                .getString("code"));
        // the application refuses marks for 2043 until then: the first meeting's mark is written as if it had been
        TestDatabase.shared().execute("insert into attendance (meeting_id, enrolment_id, mark, recorded_by, recorded_at)"
                + " values (" + firstMeeting + ", " + firstEnrolment + ", 'PRESENT', 'it', now())");

        JsonObject figures = Http.get(base + "api/v1/occupancy?year=2043&centre=DIGITALCITY&course=DIG-NET-01&by=SESSION",
                "en").json();
        JsonObject figure = figures.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals(Long.toString(session))).findFirst().orElseThrow();
        assertEquals(2, figure.getInt("seatsOccupied"));
        assertEquals(3, figure.getInt("seatsOffered"));
        assertEquals(3 * 3.5 * meetings.size(), figure.getJsonNumber("seatHoursOffered").doubleValue(), 0.001);
        assertEquals(3.5, figure.getJsonNumber("seatHoursAttended").doubleValue(), 0.001);
        assertTrue(figures.getString("rule").startsWith("Counting rule"));

        JsonObject byPartner = Http.get(base + "api/v1/occupancy?year=2043&month=9&course=DIG-NET-01&by=QUOTA_PARTNER"
                + "&targetGroup=jobseeker", "en").json();
        assertFalse(byPartner.getJsonObject("total").containsKey("seatsOffered"), "no seats are offered per target group");
        assertEquals(1, byPartner.getJsonObject("total").getInt("seatsOccupied"), "one jobseeker of the file");

        Http.Answer behind = Http.get(base + "api/v1/occupancy/enrolments?year=2043&by=SESSION&key=" + session, "en");
        assertEquals(200, behind.status(), behind.body());
        List<JsonObject> occupants = behind.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("Claes", "Mertens"), occupants.stream().map(o -> o.getString("familyName")).toList());
        assertEquals("91.04.12-***.**", occupants.get(0).getString("maskedNiss"));
        assertFalse(behind.body().contains(niss.substring(6)));

        Http.assertProblem(Http.get(base + "api/v1/occupancy?year=twenty", "en"), 400, "request.parameter.invalid");
        Http.assertProblem(Http.get(base + "api/v1/occupancy?year=2043&by=PLANET", "en"), 400, "request.parameter.invalid");
        Http.assertProblem(Http.get(base + "api/v1/occupancy?year=2043&month=13", "nl"), 422, "occupancy.month.invalid");
        Http.assertProblem(Http.postFile(base + "api/v1/imports/learners/preview",
                "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "text/csv", "en"), 422, "import.column.missing");
        Http.assertProblem(Http.postFile(base + "api/v1/imports/learners/preview", new byte[0], "text/csv", "en"), 400,
                "request.body.missing");
    }

    /** The backends of one connection pool ({@code application_name}), and those used since a time of the database. */
    private static long[] backends(String pool, Object since) {
        Object[] row = TestDatabase.shared().inTransaction(em -> (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where state_change >= ?2) from pg_stat_activity
                 where datname = current_database() and application_name = ?1""")
                .setParameter(1, pool).setParameter(2, since).getSingleResult());
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private static Object databaseNow() {
        return TestDatabase.shared().inTransaction(em -> em.createNativeQuery("select clock_timestamp()").getSingleResult());
    }

    /** What the pools' connections did last (for the failure messages). */
    private static String activity() {
        return TestDatabase.shared().inTransaction(em -> em.createNativeQuery("""
                select string_agg(application_name || ' = ' || state_change || ' ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 60), ' | ')
                  from pg_stat_activity where datname = current_database() and application_name like 'pfe%'""")
                .getSingleResult()).toString();
    }

    @Test
    void reportsReadThroughTheirOwnPool() {
        // the yearly figures, then the occupancy figures: a connection of the reports' pool served each request (only
        // the reports use that pool: the background jobs and every use case use the primary's). PFE_DB_REPORTS_URL is
        // unset: the pool reads from the primary, as it would from a standby; 1 to 8 connections, the primary's 2 to 32.
        Object beforeYearly = databaseNow();
        Http.Answer yearly = Http.get(base + "api/v1/reports/yearly?centre=TECHNICITY&year=2049", "en");
        assertEquals(200, yearly.status(), yearly.body());
        assertTrue(backends("pfe-reports", beforeYearly)[1] >= 1,
                "the yearly figures were read through the reports' pool: " + activity());
        Object beforeOccupancy = databaseNow();
        Http.Answer occupancy = Http.get(base + "api/v1/occupancy?year=2043&by=SESSION", "en");
        assertEquals(200, occupancy.status(), occupancy.body());
        long[] reports = backends("pfe-reports", beforeOccupancy);
        assertTrue(reports[1] >= 1, "the occupancy figures were read through the reports' pool: " + activity());
        assertTrue(reports[0] >= 1 && reports[0] <= 8, "the reports' pool holds 1 to 8 connections: " + activity());
        assertTrue(backends("pfe", beforeYearly)[0] >= 2, "the primary's pool keeps at least 2 connections, "
                + "named apart: " + activity());
    }

    @Test
    void theReportsPoolHoldsAtMostItsMaximum() throws Exception {
        // the occupancy figures' table locked by the test: ten requests at once each take a connection of the reports'
        // pool and wait on the lock; its maximum (8, DatabaseConfiguration) lets eight of them in, the other two wait
        // for a connection of the pool; every request is answered once the lock is released
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(10);
        List<java.util.concurrent.Future<Http.Answer>> answers = new ArrayList<>();
        long mostHeld = 0;
        long mostWaitingOnTheLock = 0;
        try (java.sql.Connection lock = TestDatabase.shared().dataSource().getConnection()) {
            lock.setAutoCommit(false);
            try (java.sql.Statement statement = lock.createStatement()) {
                statement.execute("lock table session_seat_quota in access exclusive mode");
            }
            try {
                for (int year = 2030; year <= 2039; year++) {
                    String url = base + "api/v1/occupancy?year=" + year + "&by=SESSION";
                    answers.add(clients.submit(() -> Http.get(url, "en")));
                }
                long until = System.nanoTime() + java.time.Duration.ofSeconds(8).toNanos();
                while (System.nanoTime() < until) {
                    Object[] row = TestDatabase.shared().inTransaction(em -> (Object[]) em.createNativeQuery("""
                            select count(*), count(*) filter (where wait_event_type = 'Lock') from pg_stat_activity
                             where datname = current_database() and application_name = 'pfe-reports'""")
                            .getSingleResult());
                    mostHeld = Math.max(mostHeld, ((Number) row[0]).longValue());
                    mostWaitingOnTheLock = Math.max(mostWaitingOnTheLock, ((Number) row[1]).longValue());
                    Thread.sleep(200);
                }
            } finally {
                lock.rollback();
            }
        }
        String held = activity();
        try {
            for (java.util.concurrent.Future<Http.Answer> answer : answers) {
                Http.Answer figures = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, figures.status(), figures.body());
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(8, mostWaitingOnTheLock, "eight requests got a connection of the reports' pool: " + held);
        assertEquals(8, mostHeld, "the reports' pool never held more than its maximum, 8 connections: " + held);
    }

    @Test
    void problemsCarryTheRequestIdOfTheirRequest() {
        // the caller's id is taken, returned and written into the problem document (and the request's log lines)
        Http.Answer refused = Http.current().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/v1/occupancy?year=2043&month=13"))
                .header("Accept-Language", "en").header("X-Request-Id", "it-occupancy-42").GET());
        Http.assertProblem(refused, 422, "occupancy.month.invalid");
        assertEquals("it-occupancy-42", refused.json().getString("requestId"));
        assertEquals("it-occupancy-42", refused.header("X-Request-Id"));
        // an id that is not a plain token (it could carry a name) is replaced by a random one
        Http.Answer replaced = Http.current().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/v1/occupancy?year=2043&month=13"))
                .header("Accept-Language", "en").header("X-Request-Id", "Jean Dupont").GET());
        assertTrue(replaced.json().getString("requestId").matches("[0-9a-f]{24}"), replaced.body());
        assertEquals(replaced.json().getString("requestId"), replaced.header("X-Request-Id"));
        // a problem written before the API is reached (no credentials), and a plain answer, carry one too
        Http.Answer anonymous = Http.anonymous().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/v1/sessions"))
                .header("Accept-Language", "en").header("X-Request-Id", "it-anonymous-7").GET());
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals("it-anonymous-7", anonymous.json().getString("requestId"));
        assertEquals("it-anonymous-7", anonymous.header("X-Request-Id"));
        Http.Answer fine = Http.get(base + "api/v1/occupancy?year=2043&by=SESSION", "en");
        assertTrue(fine.header("X-Request-Id").matches("[0-9a-f]{24}"), String.valueOf(fine.header("X-Request-Id")));
    }

    @Test
    void readOnlyRolesAreRefusedBeforeTheirFileIsRead() throws IOException {
        byte[] noColumns = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8);
        // read, these bodies would be refused as a bad request (400) or as a file without its columns (422)
        Http.assertProblem(Http.postFile(base + "api/v1/imports/learners/preview", new byte[0], "text/csv", "en"),
                400, "request.body.missing");
        Http.assertProblem(Http.postFile(base + "api/v1/imports/attendance/preview", noColumns, "text/csv", "en"),
                422, "import.column.missing");
        for (String readOnly : List.of("auditor", "board.technicity", "manager.actiris")) {
            for (String path : List.of("learners/preview", "learners", "attendance/preview", "attendance")) {
                Http.assertProblem(Http.as(readOnly).postFile(base + "api/v1/imports/" + path, new byte[0], "text/csv",
                        "en"), 403, "access.denied");
                Http.assertProblem(Http.as(readOnly).postFile(base + "api/v1/imports/" + path, noColumns, "text/csv",
                        "en"), 403, "access.denied");
            }
        }
        // a body announced beyond the size limit is refused before a byte of it is sent
        try (SlowUpload tooLarge = SlowUpload.start(base + "api/v1/imports/learners/preview", TableFile.MAX_BYTES + 1,
                "")) {
            String answer = tooLarge.answer();
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"code\":\"request.body.tooLarge\""), answer);
        }
    }

    @Test
    void aThirdImportIsAskedToWaitWhileTwoFilesAreBeingRead() throws Exception {
        List<SlowUpload> held = new ArrayList<>();
        try {
            Http.Answer third = SlowUpload.holdTwo(base, held);
            Http.assertProblem(third, 429, "import.busy");
            assertEquals("Er wordt al een ander bestand ingelezen: probeer het zo meteen opnieuw.",
                    third.json().getString("detail"));
            assertEquals("5", third.header("Retry-After"));
            assertTrue(held.get(0).open() && held.get(1).open(), "both uploads are still being read");
        } finally {
            for (SlowUpload upload : held) {
                upload.close();
            }
        }
        assertEquals(200, SlowUpload.awaitFree(base).status(), "the places are given back when the uploads end");
    }

    @Test
    void sessionsAreNamedByTheirCodeAsTheListShowsItAndAnotherCentresCodeIsRefusedLikeNone() {
        long technicity = session("TECHNICITY", "TEC-ELEC-01", "2056-03-01", "2056-06-30", 10);
        long digitalcity = session("DIGITALCITY", "DIG-OFF-01", "2056-03-01", "2056-04-30", 10);
        Http.User staff = Http.as("staff.technicity");
        String code = Http.get(base + "api/v1/sessions/" + technicity, "en").json().getString("code");
        assertEquals("TEC-ELEC-01 · 2056-03-01", code, "the code the sessions list and the session page show");
        String header = "familyName;givenName;birthDate;niss;email;language;entryStatus;educationLevel;session\n";
        String file = header
                + "Codee;Anne;02/02/1990;;;FR;WORKER;HIGHER;" + code + "\n"
                + "Codee;Bert;03/02/1990;;;FR;WORKER;HIGHER;tec-elec-01 01/03/2056\n"
                + "Codee;Carl;04/02/1990;;;FR;WORKER;HIGHER;" + technicity + "\n"
                + "Codee;Dora;05/02/1990;;;FR;WORKER;HIGHER;DIG-OFF-01 · 2056-03-01\n"
                + "Codee;Emil;06/02/1990;;;FR;WORKER;HIGHER;TEC-ELEC-01 · 2056-03-02\n";
        Http.Answer preview = staff.postFile(base + "api/v1/imports/learners/preview",
                file.getBytes(StandardCharsets.UTF_8), "text/csv", "en");
        assertEquals(200, preview.status(), preview.body());
        List<JsonObject> rows = preview.json().getJsonArray("results").getValuesAs(JsonObject.class);
        for (int i = 0; i < 3; i++) {
            assertEquals("NEW_LEARNER", rows.get(i).getString("outcome"), "by code, by code as typed, by number: " + rows.get(i));
        }
        assertEquals(code, rows.get(0).getString("target"), "the report names the session as the file does");
        JsonObject otherCentre = rows.get(3).getJsonArray("errors").getJsonObject(0);
        JsonObject none = rows.get(4).getJsonArray("errors").getJsonObject(0);
        assertEquals("ERROR", rows.get(3).getString("outcome"));
        assertEquals("session", otherCentre.getString("field"));
        assertEquals("import.session.unknownCode", otherCentre.getString("code"), otherCentre.toString());
        assertEquals(otherCentre.getString("code"), none.getString("code"), "another centre's code is told as none");
        assertEquals(otherCentre.getString("message").replace("DIG-OFF-01 · 2056-03-01", "X"),
                none.getString("message").replace("TEC-ELEC-01 · 2056-03-02", "X"), "in the same words");
        assertTrue(none.getString("message").contains("sessions list") && none.getString("message")
                .contains("TEC-ELEC-01 · 2027-03-01"), "says what is expected: " + none);
        assertEquals(1, rows.get(3).getJsonArray("errors").size(), "nothing else told of it: " + rows.get(3));
        assertFalse(preview.body().contains("\"" + digitalcity + "\""), preview.body());
        // in French too, the expected code is said
        JsonObject french = staff.postFile(base + "api/v1/imports/learners/preview",
                (header + "Codee;Emil;06/02/1990;;;FR;WORKER;HIGHER;TEC-ELEC-01 · 2056-03-02\n")
                        .getBytes(StandardCharsets.UTF_8), "text/csv", "fr").json().getJsonArray("results")
                .getJsonObject(0).getJsonArray("errors").getJsonObject(0);
        assertTrue(french.getString("message").contains("liste des sessions"), french.toString());

        Http.Answer imported = staff.postFile(base + "api/v1/imports/learners",
                file.getBytes(StandardCharsets.UTF_8), "text/csv", "en");
        assertEquals(200, imported.status(), imported.body());
        assertEquals(3, imported.json().getJsonObject("outcomes").getInt("NEW_LEARNER"), imported.body());
        assertEquals(2, imported.json().getJsonObject("outcomes").getInt("ERROR"), imported.body());
        assertEquals(3, Http.get(base + "api/v1/enrolments?session=" + technicity, "en").structure().asJsonArray().size());
        assertEquals(0, Http.get(base + "api/v1/enrolments?session=" + digitalcity, "en").structure().asJsonArray().size(),
                "nothing imported into another centre's session by its code");

        // whoever plans Digitalcity imports into it by its code
        JsonObject byAdministrator = csv("learners/preview", header + "Codee;Dora;05/02/1990;;;FR;WORKER;HIGHER;"
                + "DIG-OFF-01 · 2056-03-01\n", "en").json().getJsonArray("results").getJsonObject(0);
        assertEquals("NEW_LEARNER", byAdministrator.getString("outcome"), byAdministrator.toString());
    }

    @Test
    void aPreviewNamesNoLearnerOfAnotherCentre() {
        long digitalcity = session("DIGITALCITY", "DIG-OFF-01", "2052-03-01", "2052-04-30", 10);
        long technicity = session("TECHNICITY", "TEC-ELEC-01", "2052-03-01", "2052-06-30", 10);
        LocalDate born = LocalDate.of(1986, 7, 21);
        String header = "familyName;givenName;birthDate;niss;email;language;entryStatus;educationLevel;session\n";
        String imported = header + "Verstraeten;Lotte;21/07/1986;" + EnrolmentApiIT.niss(born, 211)
                + ";lotte.verstraeten@example.be;NL;WORKER;HIGHER;" + digitalcity + "\n";
        assertEquals(1, csv("learners", imported, "en").json().getJsonObject("outcomes").getInt("NEW_LEARNER"),
                "a learner of Digitalcity only");

        String file = header
                + "Verstraeten;Lotte;21/07/1986;" + EnrolmentApiIT.niss(born, 212) + ";;NL;WORKER;HIGHER;" + technicity + "\n"
                + "Lambert;Sarah;12/04/1994;;;FR;JOBSEEKER_ACTIRIS;HIGHER;" + technicity + "\n";
        // who may read her is told which learner it is
        JsonObject told = csv("learners/preview", file, "en").json().getJsonArray("results").getJsonObject(0)
                .getJsonArray("errors").getJsonObject(0);
        assertEquals("import.learner.otherNiss", told.getString("code"));
        String learner = told.getString("message").replaceAll(".*\\(learner (\\d+)\\).*", "$1");
        assertTrue(learner.matches("\\d+"), told.toString());

        Http.Answer preview = Http.as("staff.technicity").postFile(base + "api/v1/imports/learners/preview",
                file.getBytes(StandardCharsets.UTF_8), "text/csv", "en");
        assertEquals(200, preview.status(), preview.body());
        JsonArray rows = preview.json().getJsonArray("results");
        JsonObject unnamed = rows.getJsonObject(0).getJsonArray("errors").getJsonObject(0);
        assertEquals("import.learner.otherNiss.unnamed", unnamed.getString("code"));
        assertEquals("A learner with this name and birth date is already registered with another national register "
                + "number.", unnamed.getString("message"));
        assertEquals("KNOWN_LEARNER", rows.getJsonObject(1).getString("outcome"),
                "a demo learner of Digitalcity's validations only: already registered, without naming her");
        assertFalse(preview.body().contains("learner " + learner), preview.body());
        for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
            for (JsonObject error : row.getJsonArray("errors").getValuesAs(JsonObject.class)) {
                assertFalse(error.getString("message").contains(learner), "no id of hers: " + error);
            }
        }
        for (String detail : List.of("lotte.verstraeten@example.be", "sarah.lambert@example.be", "UPPER_SECONDARY",
                EnrolmentApiIT.niss(born, 211).substring(6))) {
            assertFalse(preview.body().contains(detail), detail + " in " + preview.body());
        }
    }
}
