package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import be.pfe.operations.testing.history.PartnerFiles;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bringing past years in (issue 16), over HTTP as the data migration user: three generated years (2016-2018, years no
 * other test uses) of the four centres go through the historical import with no refusal, the yearly report of each
 * centre and year equals the table computed from the files alone, and importing the same files again changes nothing.
 * Drop-outs before, during and after their session and year (2013-2014) are counted as the counting rules say.
 * Back-dating beyond the window is refused for centre staff (422, in their language) and allowed, marked and audited
 * for the data migration role.
 */
class HistoryImportIT {

    private static final List<Integer> YEARS = List.of(2016, 2017, 2018);
    private static final List<String> CENTRES = List.of("TECHNICITY", "DIGITALCITY", "LOGISTICITY", "CONSTRUCITY");
    private static final String CSV = "text/csv";
    private static final Http.User MIGRATION = Http.as("migration");

    private static String base;

    @BeforeAll
    static void application() {
        base = RunningApplication.baseUrl();
    }

    private static String url(String path) {
        return base + "api/v1/" + path;
    }

    private static JsonObject post(String kind, byte[] file, boolean dryRun) {
        Http.Answer answer = MIGRATION.postFile(url("imports/history/" + kind + (dryRun ? "?dryRun=true" : "")), file,
                CSV, "en");
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    /** The dry run finds no problem, then every row is applied; answers the applied rows' outcomes. */
    private static JsonObject dryRunThenImport(String kind, byte[] file) {
        JsonObject dry = post(kind, file, true);
        assertTrue(dry.getBoolean("dryRun"));
        assertEquals(0, dry.getJsonObject("outcomes").getInt("ERROR"), dry.toString());
        JsonObject done = post(kind, file, false);
        assertEquals(0, done.getJsonObject("outcomes").getInt("ERROR"), done.toString());
        return done;
    }

    private static long[] yearly(String centre, int year) {
        Http.Answer answer = Http.get(url("reports/yearly?centre=" + centre + "&year=" + year), "en");
        assertEquals(200, answer.status(), answer.body());
        JsonArray lines = answer.json().getJsonArray("lines");
        return new long[] {lines.getJsonObject(0).getInt("spots"), lines.getJsonObject(1).getInt("spots"),
                lines.getJsonObject(2).getInt("spots")};
    }

    private static long count(String sql) {
        return ((Number) TestDatabase.shared().inTransaction(em -> em.createNativeQuery(sql).getSingleResult()))
                .longValue();
    }

    @Test
    void threeYearsOfFourCentresImportedReproduceTheIndependentTableAndAgainChangeNothing() {
        PartnerFiles files = PartnerFiles.generate(16, "H16", YEARS, CENTRES, 16, LocalDate.now());
        Map<String, byte[]> byKind = new LinkedHashMap<>();
        byKind.put("courses", files.coursesCsv());
        byKind.put("sessions", files.sessionsCsv());
        byKind.put("learners", files.learnersCsv());
        byKind.put("enrolments", files.enrolmentsCsv());
        byKind.put("companies", files.companiesCsv());
        byKind.put("placements", files.placementsCsv());
        byKind.put("validations", files.validationsCsv());
        byKind.put("screenings", files.screeningsCsv());
        long started = System.nanoTime();
        for (Map.Entry<String, byte[]> kind : byKind.entrySet()) {
            JsonObject done = dryRunThenImport(kind.getKey(), kind.getValue());
            // a company whose enterprise number is known already is linked to, not made again
            assertEquals(done.getInt("rows"), done.getJsonObject("outcomes").getInt("NEW")
                    + (kind.getKey().equals("companies") ? done.getJsonObject("outcomes").getInt("LINKED") : 0),
                    done.toString());
        }
        assertTrue(files.placements().size() > 10 && files.candidates().size() > 20 && files.screenings().size() > 20,
                "the files hold placements, validations and screenings");
        System.out.printf("history import: %d sessions, %d enrolments in %d ms%n", files.sessions().size(),
                files.enrolments().size(), (System.nanoTime() - started) / 1_000_000);

        Map<String, long[]> expected = files.expected(YEARS, CENTRES);
        List<String> differences = new ArrayList<>();
        long counted = 0;
        for (String centre : CENTRES) {
            for (int year : YEARS) {
                long[] want = expected.get(centre + " " + year);
                long[] got = yearly(centre, year);
                counted += want[0];
                if (!java.util.Arrays.equals(want, got)) {
                    differences.add(centre + " " + year + ": expected " + java.util.Arrays.toString(want) + " got "
                            + java.util.Arrays.toString(got));
                }
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(counted > 30, "the files count spots: " + counted);
        assertTrue(expected.values().stream().allMatch(line -> line[1] > 0 && line[2] > 0),
                "every centre and year has placements, validations and screenings to count");

        long enrolments = count("select count(*) from enrolment");
        long transitions = count("select count(*) from enrolment_transition");
        long sessions = count("select count(*) from course_session");
        long pathway = count("select (select count(*) from placement) + (select count(*) from validation_candidate) "
                + "+ (select count(*) from screening) + (select count(*) from company)");
        for (Map.Entry<String, byte[]> kind : byKind.entrySet()) {
            JsonObject again = post(kind.getKey(), kind.getValue(), false);
            assertEquals(again.getInt("rows"), again.getJsonObject("outcomes").getInt("UNCHANGED"), again.toString());
        }
        assertEquals(enrolments, count("select count(*) from enrolment"));
        assertEquals(transitions, count("select count(*) from enrolment_transition"));
        assertEquals(sessions, count("select count(*) from course_session"));
        assertEquals(pathway, count("select (select count(*) from placement) + (select count(*) from validation_candidate) "
                + "+ (select count(*) from screening) + (select count(*) from company)"));
        assertEquals(0, count("select count(*) from placement p join external_reference r on r.kind = 'PLACEMENTS' "
                + "and r.internal_id = p.id where r.external_id like 'H16-%' and not p.backdated"),
                "placements of past years are marked back-dated");
        assertEquals(0, count("select count(*) from validation_candidate c join external_reference r "
                + "on r.kind = 'VALIDATIONS' and r.internal_id = c.id where r.external_id like 'H16-%' "
                + "and c.result <> 'PENDING' and (c.result_on is null or not c.backdated)"),
                "every known result has its day and is marked back-dated");
        assertArrayEquals(expected.get("TECHNICITY 2017"), yearly("TECHNICITY", 2017));
        assertTrue(count("select count(*) from enrolment_transition t join external_reference r on r.kind = 'ENROLMENTS' "
                + "and r.internal_id = t.enrolment_id where r.external_id like 'H16-%' and not t.backdated") == 0,
                "every imported step of past years is marked back-dated");
    }

    @Test
    void dropOutsBeforeDuringAndAfterTheirSessionAndYearAreCountedByTheRules() {
        String courses = "source;externalId;code;titleFr;kind;partner;sector;durationHours;language\n"
                + "BRUXELLES_FORMATION;D13-C;D13-WELD;Soudure 2013;TRAINING;BRUXELLES_FORMATION;TECHNOLOGY_INDUSTRY;200;FR\n";
        // one session across 1 January 2014, one within 2013
        String sessions = "source;externalId;course;centre;startDate;endDate;language;seats;status\n"
                + "BRUXELLES_FORMATION;D13-S1;D13-C;TECHNICITY;2013-11-04;2014-02-28;FR;12;CLOSED\n"
                + "BRUXELLES_FORMATION;D13-S2;D13-C;TECHNICITY;2013-09-02;2013-12-20;FR;12;CLOSED\n";
        StringBuilder learners = new StringBuilder(
                "source;externalId;familyName;givenName;birthDate;language;entryStatus;educationLevel;centre\n");
        String[] names = {"Avant", "Decembre", "Janvier", "Complete", "Apres", "Annee"};
        for (int i = 0; i < names.length; i++) {
            learners.append("BRUXELLES_FORMATION;D13-L").append(i).append(';').append("Drop").append(names[i])
                    .append(";Dora;1990-0").append(i + 1).append("-15;FR;JOBSEEKER_ACTIRIS;PRIMARY;TECHNICITY\n");
        }
        String head = "source;externalId;learner;session;appliedOn;screenedOn;admittedOn;enrolledOn;outcome;outcomeOn;reason\n";
        String enrolments = head
                // before the session's start: counted nowhere
                + "BRUXELLES_FORMATION;D13-E0;D13-L0;D13-S1;2013-09-20;2013-09-25;2013-10-01;;DROPPED_OUT;2013-10-20;before\n"
                // during the session, in December: 2013 only
                + "BRUXELLES_FORMATION;D13-E1;D13-L1;D13-S1;2013-09-20;2013-09-25;2013-10-01;2013-11-04;DROPPED_OUT;2013-12-10;december\n"
                // during the session, in January: 2013 and 2014
                + "BRUXELLES_FORMATION;D13-E2;D13-L2;D13-S1;2013-09-20;2013-09-25;2013-10-01;2013-11-04;DROPPED_OUT;2014-01-15;january\n"
                // completed: 2013 and 2014
                + "BRUXELLES_FORMATION;D13-E3;D13-L3;D13-S1;2013-09-20;2013-09-25;2013-10-01;2013-11-04;COMPLETED;2014-02-28;\n"
                // after the session's end: 2013 and 2014 (held a seat, stopped in the year)
                + "BRUXELLES_FORMATION;D13-E4;D13-L4;D13-S1;2013-09-20;2013-09-25;2013-10-01;2013-11-04;DROPPED_OUT;2014-03-10;after\n"
                // a session of 2013 only, drop-out recorded in 2014 (after the session and its year): 2013 only
                + "BRUXELLES_FORMATION;D13-E5;D13-L5;D13-S2;2013-07-01;2013-07-05;2013-07-10;2013-09-02;DROPPED_OUT;2014-01-10;after the year\n";
        dryRunThenImport("courses", courses.getBytes(StandardCharsets.UTF_8));
        dryRunThenImport("sessions", sessions.getBytes(StandardCharsets.UTF_8));
        dryRunThenImport("learners", learners.toString().getBytes(StandardCharsets.UTF_8));
        dryRunThenImport("enrolments", enrolments.getBytes(StandardCharsets.UTF_8));
        assertEquals(5, yearly("TECHNICITY", 2013)[0], "December, January, completed, after the session, after the year");
        assertEquals(3, yearly("TECHNICITY", 2014)[0], "January, completed, after the session");
        assertEquals(0, yearly("TECHNICITY", 2012)[0]);

        // a closed year's report is reproduced as it was first produced, until a record of that year is corrected
        JsonObject reproduced = Http.get(url("reports/yearly?centre=TECHNICITY&year=2013"), "en").json()
                .getJsonObject("reproduction");
        assertEquals(false, reproduced.getBoolean("corrected"), reproduced.toString());
        assertEquals(5, reproduced.getJsonObject("firstFigures").getInt("TRAINING_SPOTS"));
        dryRunThenImport("learners", (learners.substring(0, learners.indexOf("\n") + 1)
                + "BRUXELLES_FORMATION;D13-L6;DropLate;Dora;1990-07-15;FR;JOBSEEKER_ACTIRIS;PRIMARY;TECHNICITY\n")
                .getBytes(StandardCharsets.UTF_8));
        JsonObject late = dryRunThenImport("enrolments", (head
                + "BRUXELLES_FORMATION;D13-E6;D13-L6;D13-S2;2013-07-01;2013-07-05;2013-07-10;2013-09-02;COMPLETED;2013-12-20;\n")
                .getBytes(StandardCharsets.UTF_8));
        long added = late.getJsonArray("results").getJsonObject(0).getJsonNumber("record").longValue();
        JsonObject report = Http.get(url("reports/yearly?centre=TECHNICITY&year=2013"), "en").json();
        assertEquals(6, report.getJsonArray("lines").getJsonObject(0).getInt("spots"));
        JsonObject corrected = report.getJsonObject("reproduction");
        assertEquals(true, corrected.getBoolean("corrected"), corrected.toString());
        assertEquals(5, corrected.getJsonObject("firstFigures").getInt("TRAINING_SPOTS"));
        JsonArray corrections = corrected.getJsonArray("corrections");
        assertEquals(1, corrections.size(), corrections.toString());
        assertEquals("ADDED", corrections.getJsonObject(0).getString("change"));
        assertEquals("ENROLMENT", corrections.getJsonObject(0).getString("kind"));
        assertEquals(added, corrections.getJsonObject(0).getJsonNumber("record").longValue());
    }

    /** A workbook with a sheet per kind (sheet names in French), rows as given, first row the header. */
    private static byte[] workbook(Map<String, String[][]> sheets) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (Map.Entry<String, String[][]> sheet : sheets.entrySet()) {
                org.apache.poi.ss.usermodel.Sheet rows = book.createSheet(sheet.getKey());
                for (int r = 0; r < sheet.getValue().length; r++) {
                    org.apache.poi.ss.usermodel.Row row = rows.createRow(r);
                    for (int c = 0; c < sheet.getValue()[r].length; c++) {
                        row.createCell(c).setCellValue(sheet.getValue()[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void oneWorkbookWithASheetPerKindIsDryRunAcrossItsSheetsThenAppliedInOrder() throws Exception {
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        // the enrolments' sheet first: applied after the sheets it refers to all the same
        sheets.put("Inscriptions", new String[][] {
                {"Source", "External id", "Learner", "Session", "Applied on", "Screened on", "Admitted on",
                        "Enrolled on", "Outcome", "Outcome on"},
                {"ACTIRIS", "W12-E1", "W12-L1", "W12-S1", "2012-02-01", "2012-02-05", "2012-02-10", "2012-03-05",
                        "COMPLETED", "2012-06-29"}});
        sheets.put("Formations", new String[][] {
                {"source", "externalId", "code", "titleFr", "kind", "partner", "sector", "durationHours", "language"},
                {"ACTIRIS", "W12-C1", "W12-CARP", "Menuiserie 2012", "TRAINING", "BRUXELLES_FORMATION",
                        "CONSTRUCTION", "300", "FR"}});
        sheets.put("Sessions", new String[][] {
                {"source", "externalId", "course", "centre", "startDate", "endDate", "language", "seats", "status"},
                {"ACTIRIS", "W12-S1", "W12-C1", "CONSTRUCITY", "2012-03-05", "2012-06-29", "FR", "10", "CLOSED"}});
        sheets.put("Stagiaires", new String[][] {
                {"source", "externalId", "familyName", "givenName", "birthDate", "language", "entryStatus",
                        "educationLevel", "centre"},
                {"ACTIRIS", "W12-L1", "Classeur", "Wim", "1988-04-04", "FR", "JOBSEEKER_ACTIRIS", "PRIMARY",
                        "CONSTRUCITY"}});
        byte[] file = workbook(sheets);
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Http.Answer dry = MIGRATION.postFile(url("imports/history?dryRun=true"), file, xlsx, "fr");
        assertEquals(200, dry.status(), dry.body());
        JsonArray dryReports = jakarta.json.Json.createReader(new java.io.StringReader(dry.body())).readArray();
        assertEquals(List.of("courses", "sessions", "learners", "enrolments"),
                dryReports.stream().map(r -> r.asJsonObject().getString("kind")).toList());
        dryReports.forEach(r -> assertEquals(0, r.asJsonObject().getJsonObject("outcomes").getInt("ERROR"), dry.body()));
        assertEquals(0, yearly("CONSTRUCITY", 2012)[0], "a dry run writes nothing");
        Http.Answer done = MIGRATION.postFile(url("imports/history"), file, xlsx, "fr");
        assertEquals(200, done.status(), done.body());
        jakarta.json.Json.createReader(new java.io.StringReader(done.body())).readArray()
                .forEach(r -> assertEquals(1, r.asJsonObject().getJsonObject("outcomes").getInt("NEW"), done.body()));
        assertEquals(1, yearly("CONSTRUCITY", 2012)[0]);
        // the same ids from another source are other records: partners' ids never collide
        assertEquals(0, count("select count(*) from external_reference where source = 'BRUXELLES_FORMATION' "
                + "and external_id like 'W12-%'"));
    }

    @Test
    void aDryRunReportsEveryProblemOfEveryRowAndWritesNothing() {
        String sessions = "Source;External id;Course;Centre;Start date;End date;Language;Seats;Status;Cancelled on\n"
                + "BRUXELLES_FORMATION;BAD-1;NO-SUCH-COURSE;NOWHERE;2015-05-10;2015-04-01;FR;0;CANCELLED;\n"
                + "NO_SUCH_SOURCE;BAD-2;D13-C;TECHNICITY;2015-05-10;2015-06-01;XX;12;CLOSED;2015-05-01\n";
        long before = count("select count(*) from course_session");
        JsonObject dry = post("sessions", sessions.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(2, dry.getJsonObject("outcomes").getInt("ERROR"), dry.toString());
        JsonArray first = dry.getJsonArray("results").getJsonObject(0).getJsonArray("errors");
        List<String> columns = new ArrayList<>();
        first.forEach(error -> columns.add(error.asJsonObject().getString("field")));
        assertTrue(columns.containsAll(List.of("course", "centre", "endDate", "seats", "cancelledOn")), first.toString());
        JsonArray second = dry.getJsonArray("results").getJsonObject(1).getJsonArray("errors");
        assertTrue(second.size() >= 3, second.toString()); // source, language, cancelledOn without a cancellation
        assertEquals(before, count("select count(*) from course_session"));
    }

    @Test
    void pathwayRowsReportEveryProblemAndTheWorkbookTemplateReadsBackInDutch() throws Exception {
        String placements = "source;externalId;learner;company;centre;type;startDate;endDate;hours;status;"
                + "endedEarlyOn;endReason;outcome\n"
                + "BRUXELLES_FORMATION;PB-1;NO-LEARNER;NO-COMPANY;NOWHERE;DUAL;2015-05-10;2015-04-01;0;ENDED_EARLY;;;HIRED\n"
                + "BRUXELLES_FORMATION;PB-2;NO-LEARNER;NO-COMPANY;TECHNICITY;SPACE;2015-05-10;2015-06-01;40;DRAFT;"
                + "2015-05-20;;NONE\n";
        long before = count("select count(*) from placement");
        JsonObject dry = post("placements", placements.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(2, dry.getJsonObject("outcomes").getInt("ERROR"), dry.toString());
        List<String> first = fields(dry, 0);
        assertTrue(first.containsAll(List.of("learner", "company", "centre", "endDate", "hours", "endedEarlyOn",
                "endReason")), first.toString());
        List<String> second = fields(dry, 1);
        assertTrue(second.containsAll(List.of("type", "endedEarlyOn", "outcome")), second.toString());
        assertEquals(before, count("select count(*) from placement"), "a dry run writes nothing");

        String validations = "source;externalId;session;candidate;result;resultOn;certificateNumber;certificateDate\n"
                + "BRUXELLES_FORMATION;VB-1;NO-SESSION;NO-LEARNER;PASSED;2015-05-10;;\n"
                + "BRUXELLES_FORMATION;VB-2;NO-SESSION;NO-LEARNER;FAILED;2099-01-01;C-1;2015-05-10\n";
        JsonObject checked = post("validations", validations.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(2, checked.getJsonObject("outcomes").getInt("ERROR"), checked.toString());
        assertTrue(fields(checked, 0).containsAll(List.of("session", "candidate", "certificateNumber",
                "certificateDate")), checked.toString());
        assertTrue(fields(checked, 1).containsAll(List.of("resultOn", "certificateNumber")), checked.toString());

        String screenings = "source;externalId;learner;centre;screenedOn;assessor;recommendation\n"
                + "BRUXELLES_FORMATION;SB-1;NO-LEARNER;TECHNICITY;2099-01-01;;MAYBE\n";
        JsonObject screened = post("screenings", screenings.getBytes(StandardCharsets.UTF_8), true);
        assertTrue(fields(screened, 0).containsAll(List.of("learner", "course", "screenedOn", "assessor",
                "recommendation")), screened.toString());

        // the workbook template: a sheet per kind named and headed in Dutch, which the import reads back
        Http.assertProblem(Http.as("staff.technicity").get(url("imports/history/template.xlsx?lang=nl"), "en"), 403,
                "access.denied");
        java.net.http.HttpResponse<byte[]> template = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("imports/history/template.xlsx?lang=nl")))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                ("migration:" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, template.statusCode());
        byte[] filled;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template.body()));
             var out = new java.io.ByteArrayOutputStream()) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Opleidingen", "Sessies", "Cursisten", "Inschrijvingen", "Bedrijven", "Stageplaatsen",
                    "Validaties", "Screenings", "Toegelaten waarden"), names);
            var companies = book.getSheet("Bedrijven");
            List<String> headers = new ArrayList<>();
            companies.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals("Ondernemingsnummer", headers.get(2), headers.toString());
            var row = companies.createRow(1);
            String[] values = {"ACTIRIS", "WT-CO-1", "0403.019.261", "Sjabloon NV", "Digitaal", "", "1000", "Brussel"};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            book.write(out);
            filled = out.toByteArray();
        }
        Http.Answer read = MIGRATION.postFile(url("imports/history?dryRun=true"), filled,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "nl");
        assertEquals(200, read.status(), read.body());
        JsonArray reports = jakarta.json.Json.createReader(new java.io.StringReader(read.body())).readArray();
        assertEquals(1, reports.size(), read.body());
        assertEquals("companies", reports.getJsonObject(0).getString("kind"));
        assertEquals(0, reports.getJsonObject(0).getJsonObject("outcomes").getInt("ERROR"), read.body());
    }

    private static List<String> fields(JsonObject report, int row) {
        List<String> fields = new ArrayList<>();
        report.getJsonArray("results").getJsonObject(row).getJsonArray("errors")
                .forEach(error -> fields.add(error.asJsonObject().getString("field")));
        return fields;
    }

    @Test
    void centreStaffMayNotImportHistory() {
        Http.Answer refused = Http.as("staff.technicity").postFile(url("imports/history/courses?dryRun=true"),
                "source;externalId\n".getBytes(StandardCharsets.UTF_8), CSV, "fr");
        Http.assertProblem(refused, 403, "access.denied");
    }

    /** A learner and an open session of Technicity of this test's own, by SQL. */
    private static long[] learnerAndSession(String name) {
        return TestDatabase.shared().inTransaction(em -> {
            long course = ((Number) em.createNativeQuery("select id from course where code in ('D13-WELD', 'BD-WELD')")
                    .getResultList().stream().findFirst().orElseGet(() -> em.createNativeQuery(
                            "insert into course (code, title_fr, sector, duration_hours, providing_partner_id, kind) "
                                    + "select 'BD-WELD', 'Soudure', 'TECHNOLOGY_INDUSTRY', 100, id, 'TRAINING' "
                                    + "from partner_organisation where code = 'BRUXELLES_FORMATION' returning id")
                            .getSingleResult())).longValue();
            long session = ((Number) em.createNativeQuery("insert into course_session (course_id, centre_id, start_date, "
                    + "end_date, seat_capacity, teaching_language, status) select ?, id, date '2049-09-01', "
                    + "date '2049-12-15', 10, 'FR', 'OPEN' from centre where code = 'TECHNICITY' returning id")
                    .setParameter(1, course).getSingleResult()).longValue();
            long learner = ((Number) em.createNativeQuery("insert into learner (family_name, given_name, name_key, "
                    + "birth_date, language, entry_status, education_level, registered_at_centre_id) select ?, 'Bea', ?, "
                    + "date '1992-02-02', 'FR', 'JOBSEEKER_ACTIRIS', 'HIGHER', id from centre where code = 'TECHNICITY' "
                    + "returning id").setParameter(1, name).setParameter(2, name.toLowerCase() + "|bea")
                    .getSingleResult()).longValue();
            return new long[] {learner, session};
        });
    }

    @Test
    void backDatingBeyondTheWindowIsRefusedForStaffAndMarkedAndAuditedForTheMigrationRole() {
        LocalDate longAgo = LocalDate.now().minusDays(90);
        LocalDate lately = LocalDate.now().minusDays(10);
        long[] staffCase = learnerAndSession("Backdatestaff");
        Http.User staff = Http.as("staff.technicity");
        String body = "{\"learner\":" + staffCase[0] + ",\"session\":" + staffCase[1] + ",\"date\":\"" + longAgo + "\"}";
        Http.Answer refused = staff.post(url("enrolments"), body, "nl");
        Http.assertProblem(refused, 422, "history.backdating.window");
        assertTrue(refused.json().getString("detail").contains("dagen"), refused.body());
        assertEquals(0, count("select count(*) from enrolment where learner_id = " + staffCase[0]));

        Http.Answer within = staff.post(url("enrolments"), body.replace(longAgo.toString(), lately.toString()), "en");
        assertEquals(201, within.status(), within.body());
        JsonObject applied = within.json();
        assertEquals(lately.toString(), applied.getString("appliedOn"));
        JsonObject step = applied.getJsonArray("history").getJsonObject(0);
        assertEquals(lately.toString(), step.getString("effectiveOn"));
        assertEquals(false, step.getBoolean("backdated"));
        // a step before the application is refused whoever asks
        Http.Answer early = staff.current().post(url("enrolments/" + applied.getJsonNumber("id").longValue() + "/steps"),
                "{\"step\":\"SCREEN\",\"date\":\"" + lately.minusDays(2) + "\"}", "en");
        Http.assertProblem(early, 422, "enrolment.step.beforeApplication");

        long[] migrationCase = learnerAndSession("Backdatemigration");
        long audited = count("select count(*) from audit_event where action = 'STEP_BACKDATED' and actor = 'migration'");
        Http.Answer allowed = MIGRATION.post(url("enrolments"), "{\"learner\":" + migrationCase[0] + ",\"session\":"
                + migrationCase[1] + ",\"date\":\"" + longAgo + "\"}", "en");
        assertEquals(201, allowed.status(), allowed.body());
        JsonObject marked = allowed.json().getJsonArray("history").getJsonObject(0);
        assertEquals(longAgo.toString(), marked.getString("effectiveOn"));
        assertEquals(true, marked.getBoolean("backdated"));
        assertEquals(audited + 1,
                count("select count(*) from audit_event where action = 'STEP_BACKDATED' and actor = 'migration'"));
        long enrolment = allowed.json().getJsonNumber("id").longValue();
        Http.Answer screened = MIGRATION.current().post(url("enrolments/" + enrolment + "/steps"),
                "{\"step\":\"SCREEN\",\"date\":\"" + longAgo.plusDays(3) + "\"}", "en");
        assertEquals(200, screened.status(), screened.body());
        assertEquals(true, screened.json().getJsonArray("history").getJsonObject(1).getBoolean("backdated"));

        // a session's cancellation may be dated too, with the same window
        Http.assertProblem(staff.current().post(url("sessions/" + staffCase[1] + "/cancellation"),
                "{\"reason\":\"no trainer\",\"date\":\"" + longAgo + "\"}", "en"), 422, "history.backdating.window");
        Http.Answer cancelled = MIGRATION.current().post(url("sessions/" + migrationCase[1] + "/cancellation"),
                "{\"reason\":\"no trainer\",\"date\":\"" + longAgo.plusDays(5) + "\"}", "en");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals(longAgo.plusDays(5).toString(), TestDatabase.shared().inTransaction(em -> String.valueOf(
                em.createNativeQuery("select cancelled_on from course_session where id = " + migrationCase[1])
                        .getSingleResult())));
        assertEquals(1, count("select count(*) from enrolment_transition where enrolment_id = " + enrolment
                + " and to_status = 'SESSION_CANCELLED' and backdated and effective_on = date '" + longAgo.plusDays(5)
                + "'"));
        assertEquals(1, count("select count(*) from session_history where session_id = " + migrationCase[1]
                + " and kind = 'CANCELLED' and backdated and effective_on = date '" + longAgo.plusDays(5) + "'"));

        // a running session closed early on a past day: the same window, marked and audited beyond it
        long staffRunning = runningSession(LocalDate.now().minusDays(150));
        long migrationRunning = runningSession(LocalDate.now().minusDays(150));
        Http.assertProblem(staff.current().post(url("sessions/" + staffRunning + "/closing"),
                "{\"reason\":\"trainer left\",\"date\":\"" + longAgo + "\"}", "en"), 422, "history.backdating.window");
        Http.Answer closedLately = staff.current().post(url("sessions/" + staffRunning + "/closing"),
                "{\"reason\":\"trainer left\",\"date\":\"" + lately + "\"}", "en");
        assertEquals(200, closedLately.status(), closedLately.body());
        assertEquals(1, count("select count(*) from course_session where id = " + staffRunning
                + " and status = 'CLOSED' and closed_on = date '" + lately + "'"));
        long auditedClosures = count("select count(*) from audit_event where action = 'STEP_BACKDATED' "
                + "and actor = 'migration'");
        Http.Answer closed = MIGRATION.current().post(url("sessions/" + migrationRunning + "/closing"),
                "{\"reason\":\"trainer left\",\"date\":\"" + longAgo + "\"}", "en");
        assertEquals(200, closed.status(), closed.body());
        assertEquals(1, count("select count(*) from course_session where id = " + migrationRunning
                + " and status = 'CLOSED' and closed_on = date '" + longAgo + "'"));
        assertEquals(1, count("select count(*) from session_history where session_id = " + migrationRunning
                + " and kind = 'CLOSED_EARLY' and backdated and effective_on = date '" + longAgo + "'"));
        assertEquals(auditedClosures + 1, count("select count(*) from audit_event where action = 'STEP_BACKDATED' "
                + "and actor = 'migration'"));
        // the session's history, as the API and the session page show it, tells the day and the mark
        JsonObject closing = MIGRATION.get(url("sessions/" + migrationRunning + "/history"), "en")
                .structure().asJsonArray().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(event -> event.getString("kind").equals("CLOSED_EARLY")).findFirst().orElseThrow();
        assertEquals(longAgo.toString(), closing.getString("effectiveOn"));
        assertTrue(closing.getBoolean("backdated"), closing.toString());
    }

    /** A running session of Technicity (of the course {@link #learnerAndSession} made) begun on the day, by SQL. */
    private static long runningSession(LocalDate start) {
        return TestDatabase.shared().inTransaction(em -> ((Number) em.createNativeQuery("insert into course_session "
                + "(course_id, centre_id, start_date, end_date, seat_capacity, teaching_language, status) "
                + "select c.id, t.id, cast(? as date), cast(? as date), 10, 'FR', 'RUNNING' from course c, centre t "
                + "where c.code in ('D13-WELD', 'BD-WELD') and t.code = 'TECHNICITY' limit 1 returning id")
                .setParameter(1, start).setParameter(2, LocalDate.now().plusDays(30)).getSingleResult()).longValue());
    }

    @Test
    void onTheImportPageTheMigrationUserDryRunsThenImportsAndThePathwayShowsTheBackDatedEnrolment() throws Exception {
        java.nio.file.Path courses = java.nio.file.Files.createTempFile("history-courses", ".csv");
        java.nio.file.Files.writeString(courses, "Système source;Identifiant;Code;Intitulé FR;Type;Opérateur;Secteur;Heures;Langue\n"
                + "BRUXELLES_FORMATION;J11-C1;J11-LOG;Cariste 2011;TRAINING;BRUXELLES_FORMATION;TRANSPORT_LOGISTICS;80;FR\n"
                + "BRUXELLES_FORMATION;J11-C2;;;TRAINING;NOBODY;SPACE;-3;FR\n", StandardCharsets.UTF_8);
        Chromium chromium = Chromium.open(base, 1400);
        try {
            chromium.signIn("migration");
            chromium.browser.get(base + "import.xhtml");
            org.openqa.selenium.WebElement section = chromium.byId("historyForm");
            assertTrue(section.getText().contains("Bringing past years in"), section.getText());
            chromium.browser.findElement(org.openqa.selenium.By.id("historyForm:historyFile_input"))
                    .sendKeys(courses.toAbsolutePath().toString());
            chromium.ajaxDone();
            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    org.openqa.selenium.By.id("historyForm:historyCounts")));
            String counts = chromium.byId("historyForm:historyCounts").getText();
            assertTrue(counts.contains("2 rows · 1 new") && counts.contains("1 refused"), counts);
            String refused = chromium.byId("historyForm:historyRows_data").getText();
            assertTrue(refused.contains("Give at least one title") && refused.contains("The partner NOBODY is unknown"),
                    refused);
            chromium.screenshot("history import dry run");
            assertEquals(0, count("select count(*) from course where code = 'J11-LOG'"), "a dry run writes nothing");
            chromium.byId("historyForm:historyImport").click();
            chromium.ajaxDone();
            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("historyForm:historySummary"), "1 of 2 rows imported."));
            chromium.screenshot("history import done");
            assertEquals(1, count("select count(*) from course where code = 'J11-LOG'"));

            dryRunThenImport("sessions", ("source;externalId;course;centre;startDate;endDate;language;seats;status\n"
                    + "BRUXELLES_FORMATION;J11-S1;J11-C1;LOGISTICITY;2011-03-07;2011-05-27;FR;8;CLOSED\n")
                    .getBytes(StandardCharsets.UTF_8));
            JsonObject learners = dryRunThenImport("learners", ("source;externalId;familyName;givenName;birthDate;"
                    + "language;entryStatus;educationLevel;centre\n"
                    + "BRUXELLES_FORMATION;J11-L1;Journee;Jules;1985-05-05;FR;JOBSEEKER_ACTIRIS;NONE;LOGISTICITY\n")
                    .getBytes(StandardCharsets.UTF_8));
            long learner = learners.getJsonArray("results").getJsonObject(0).getJsonNumber("record").longValue();
            dryRunThenImport("enrolments", ("source;externalId;learner;session;appliedOn;screenedOn;admittedOn;"
                    + "enrolledOn;outcome;outcomeOn\n"
                    + "BRUXELLES_FORMATION;J11-E1;J11-L1;J11-S1;2011-02-01;2011-02-08;2011-02-15;2011-03-07;COMPLETED;"
                    + "2011-05-27\n").getBytes(StandardCharsets.UTF_8));
            chromium.browser.get(base + "learner-pathway.xhtml?learner=" + learner);
            chromium.ajaxDone();
            assertTrue(chromium.byId("content").getText().contains("Back-dated"), chromium.byId("content").getText());
            chromium.screenshot("history pathway back-dated");

            // one workbook with a sheet per kind: its template, its dry run sheet by sheet, then its import
            Map<String, String[][]> sheets = new LinkedHashMap<>();
            sheets.put("Placements", new String[][] {
                    {"Source", "External id", "Learner", "Company", "Centre", "Type", "Start date", "End date", "Hours",
                            "Status", "Signed on", "Outcome"},
                    {"BRUXELLES_FORMATION", "J11-P1", "J11-L1", "J11-CO1", "LOGISTICITY", "WORK_EXPERIENCE",
                            "2011-06-06", "2011-07-29", "160", "COMPLETED", "2011-06-01", "HIRED"}});
            sheets.put("Companies", new String[][] {
                    {"Source", "External id", "Enterprise number", "Name", "Sector"},
                    {"BRUXELLES_FORMATION", "J11-CO1", "0403.019.261", "Entrepôts du Canal", "TRANSPORT_LOGISTICS"}});
            sheets.put("Screenings", new String[][] {
                    {"Source", "External id", "Learner", "Centre", "Course", "Screened on", "Assessor", "Recommendation"},
                    {"BRUXELLES_FORMATION", "J11-SC1", "J11-L1", "LOGISTICITY", "J11-C1", "2011-01-25", "Ann Assessor",
                            "ADMIT"}});
            java.nio.file.Path book = java.nio.file.Files.createTempFile("history-workbook", ".xlsx");
            java.nio.file.Files.write(book, workbook(sheets));
            chromium.browser.get(base + "import.xhtml");
            chromium.browser.findElement(org.openqa.selenium.By.cssSelector("label[for='historyForm:historyKind:8']"))
                    .click();
            chromium.ajaxDone();
            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    org.openqa.selenium.By.id("historyForm:historyWorkbookHint")));
            assertTrue(chromium.byId("historyForm:historyTemplateXlsx").getAttribute("href")
                    .contains("/api/v1/imports/history/template.xlsx"));
            assertTrue(chromium.browser.findElements(org.openqa.selenium.By.id("historyForm:historyTemplateCsv"))
                    .isEmpty(), "no CSV template of a workbook");
            chromium.browser.findElement(org.openqa.selenium.By.id("historyForm:historyFile_input"))
                    .sendKeys(book.toAbsolutePath().toString());
            chromium.ajaxDone();
            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    org.openqa.selenium.By.id("historyForm:historyWorkbookImport")));
            String sheetsShown = chromium.byId("historyForm:historyWorkbook").getText();
            assertTrue(sheetsShown.indexOf("Sheet Companies") < sheetsShown.indexOf("Sheet Placements")
                    && sheetsShown.contains("Sheet Screenings"), sheetsShown);
            chromium.screenshot("history workbook dry run");
            assertEquals(0, count("select count(*) from external_reference where external_id = 'J11-P1'"));
            chromium.byId("historyForm:historyWorkbookImport").click();
            chromium.ajaxDone();
            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("historyForm:historySummary"), "3 of 3 rows imported."));
            chromium.screenshot("history workbook done");
            assertEquals(1, count("select count(*) from placement p join external_reference r on r.internal_id = p.id "
                    + "and r.kind = 'PLACEMENTS' where r.external_id = 'J11-P1' and p.backdated "
                    + "and p.outcome_on = date '2011-07-29' and p.signed_on = date '2011-06-01'"));
            assertEquals(1, yearly("LOGISTICITY", 2011)[1]);
            assertEquals(1, yearly("LOGISTICITY", 2011)[2]);
        } finally {
            chromium.close();
        }
        Chromium staff = Chromium.open(base);
        try {
            staff.signIn("staff.technicity");
            staff.browser.get(base + "import.xhtml");
            assertTrue(staff.browser.findElements(org.openqa.selenium.By.id("historyForm")).isEmpty(),
                    "no history import for centre staff");
            assertTrue(!staff.browser.getPageSource().contains("Bringing past years in"));
        } finally {
            staff.close();
        }
    }
}
