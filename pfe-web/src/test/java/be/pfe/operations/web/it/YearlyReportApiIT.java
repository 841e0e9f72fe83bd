package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The yearly report over HTTP on records of 2049 (a year no other test uses): figures as JSON with their rules, the
 * records behind a figure (names only for staff of the centre), the documents with their media types, and the scopes
 * (a board member of one centre is refused another's figures, a partner manager the records).
 */
class YearlyReportApiIT {

    private static String base;
    private static long enrolment;

    @BeforeAll
    static void recordsOf2049() throws SQLException {
        base = RunningApplication.baseUrl();
        try (Connection c = TestDatabase.shared().dataSource().getConnection()) {
            long course = insert(c, "insert into course (code, title_fr, sector, duration_hours, providing_partner_id, kind) "
                    + "select 'YIT-WELD', 'Soudure 2049', 'TECHNOLOGY_INDUSTRY', 100, id, 'TRAINING' "
                    + "from partner_organisation where code = 'BRUXELLES_FORMATION' returning id");
            long session = insert(c, "insert into course_session (course_id, centre_id, start_date, end_date, seat_capacity, "
                    + "teaching_language, status) select ?, id, date '2049-03-01', date '2049-06-30', 12, 'FR', 'OPEN' "
                    + "from centre where code = 'TECHNICITY' returning id", course);
            long learner = insert(c, "insert into learner (family_name, given_name, name_key, birth_date, language, "
                    + "entry_status, education_level) values ('Yearly', 'Iris', 'yearly iris 2049', date '1991-01-01', 'FR', "
                    + "'JOBSEEKER_ACTIRIS', 'HIGHER') returning id");
            enrolment = insert(c, "insert into enrolment (learner_id, session_id, status, applied_on, target_groups) "
                    + "values (?, ?, 'ENROLLED', date '2049-02-01', 'JOBSEEKER') returning id", learner, session);
            insert(c, "insert into screening (learner_id, centre_id, course_id, screened_on, assessor, recommendation, "
                    + "recorded_by) select ?, id, ?, date '2049-02-10', 'assessor', 'ADMIT', 'desk' from centre "
                    + "where code = 'TECHNICITY' returning id", learner, course);
        }
    }

    private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String url(String path) {
        return base + "api/v1/reports/yearly" + path;
    }

    @Test
    void figuresAsJsonWithTheRulesInTheReadersLanguage() {
        Http.Answer answer = Http.get(url("?centre=TECHNICITY&year=2049"), "nl");
        assertEquals(200, answer.status(), answer.body());
        JsonObject figures = answer.json();
        assertEquals("Technicity.brussels", figures.getString("centreName"));
        JsonArray lines = figures.getJsonArray("lines");
        assertEquals("TRAINING_SPOTS", lines.getJsonObject(0).getString("line"));
        assertEquals(1, lines.getJsonObject(0).getInt("spots"));
        assertEquals(0, lines.getJsonObject(1).getInt("spots"));
        assertEquals(1, lines.getJsonObject(2).getInt("spots"));
        assertTrue(lines.getJsonObject(0).getString("rule").contains("één cursist in één activiteit"), answer.body());
        assertEquals(2, figures.getInt("total"));

        Http.Answer all = Http.as("manager.actiris").get(url("?year=2049"), "en");
        assertEquals(200, all.status(), all.body());
        assertTrue(all.json().getInt("total") >= 2);
    }

    @Test
    void recordsBehindAFigureWithNamesOnlyForTheCentresStaff() {
        Http.Answer staff = Http.as("staff.technicity").get(url("/records?centre=TECHNICITY&year=2049&line=TRAINING_SPOTS"), "fr");
        assertEquals(200, staff.status(), staff.body());
        JsonObject record = staff.structure().asJsonArray().getJsonObject(0);
        assertEquals(enrolment, record.getJsonNumber("id").longValue());
        assertEquals("ENROLMENT", record.getString("kind"));
        assertEquals("Iris Yearly", record.getString("learnerName"));

        Http.Answer board = Http.as("board.technicity").get(
                url("/records?year=2049&line=TRAINING_SPOTS&by=MONTH&key=2049-03"), "fr");
        assertEquals(200, board.status(), board.body());
        JsonObject anonymous = board.structure().asJsonArray().getJsonObject(0);
        assertEquals(enrolment, anonymous.getJsonNumber("id").longValue());
        assertTrue(!anonymous.containsKey("learnerName") || anonymous.isNull("learnerName"), board.body());
        assertNull(board.header("Set-Cookie"));
    }

    @Test
    void scopesRefuseAnotherCentreOrRecordsToWhoMayNotSeeThem() {
        Http.assertProblem(Http.as("board.technicity").get(url("?centre=DIGITALCITY&year=2049"), "en"), 403,
                "access.denied.centre");
        Http.Answer own = Http.as("board.technicity").get(url("?year=2049"), "en");
        assertEquals(200, own.status(), own.body());
        assertEquals("TECHNICITY", own.json().getString("centre"), "a board member's report is their centre's");
        assertEquals(403, Http.as("manager.actiris").get(url("/records?centre=TECHNICITY&year=2049"), "en").status());
        assertEquals(403, Http.as("staff.digitalcity").get(url("/document.pdf?centre=TECHNICITY&year=2049"), "en").status());
        assertEquals(401, Http.anonymous().get(url("?year=2049"), "en").status());
    }

    @Test
    void documentsWithTheirMediaTypes() {
        Http.Answer pdf = Http.get(url("/document.pdf?centre=TECHNICITY&year=2049"), "fr");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.body().startsWith("%PDF"));
        assertEquals("attachment; filename=\"yearly-report-technicity-2049.pdf\"", pdf.header("Content-Disposition"));
        Http.Answer xlsx = Http.get(url("/document.xlsx?centre=TECHNICITY&year=2049"), "nl");
        assertEquals(200, xlsx.status());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.contentType());
        assertTrue(xlsx.body().startsWith("PK"));
        Http.Answer csv = Http.get(url("/document.csv?centre=TECHNICITY&year=2049"), "fr");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("\uFEFFTechnicity.brussels · places occupées 2049"), csv.body());
        assertTrue(csv.body().contains("Chercheurs d’emploi francophones formés par Bruxelles Formation et ses partenaires;1"));
        Http.Answer unknown = Http.get(url("/document.doc?year=2049"), "en");
        assertTrue(unknown.status() == 400 || unknown.status() == 422, unknown.body());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
    }

    @Test
    void theTargetsOfTheCentresApprovedPlanStandAgainstTheActualFigures() {
        // the demonstration's approved plan of Technicity (last year), its targets as stored
        List<Object[]> stored = TestDatabase.shared().inTransaction(em -> em.createNativeQuery("""
                select p.plan_year, t.indicator, t.target_value from plan_target t
                join joint_action_plan p on p.id = t.plan_id join centre c on c.id = p.centre_id
                where c.code = 'TECHNICITY' and p.status = 'APPROVED'
                  and p.version_number = (select max(q.version_number) from joint_action_plan q
                                          where q.centre_id = p.centre_id and q.plan_year = p.plan_year and q.status = 'APPROVED')
                order by p.plan_year desc, t.indicator""").getResultList());
        assertTrue(!stored.isEmpty(), "the demonstration holds an approved plan with targets");
        int year = ((Number) stored.get(0)[0]).intValue();
        Map<String, Double> targets = new TreeMap<>();
        stored.stream().filter(row -> ((Number) row[0]).intValue() == year)
                .forEach(row -> targets.put((String) row[1], ((Number) row[2]).doubleValue()));

        Http.Answer answer = Http.get(url("?centre=TECHNICITY&year=" + year), "en");
        assertEquals(200, answer.status(), answer.body());
        JsonObject figures = answer.json();
        Map<String, Double> answered = new TreeMap<>();
        for (JsonObject target : figures.getJsonArray("targets").getValuesAs(JsonObject.class)) {
            answered.put(target.getString("indicator"), target.getJsonNumber("target").doubleValue());
            assertTrue(Set.of("REACHED", "ON_TRACK", "AT_RISK", "BEHIND").contains(target.getString("status")), target.toString());
            assertTrue(target.getJsonNumber("projection").doubleValue() >= target.getJsonNumber("actual").doubleValue()
                    || target.getString("indicator").endsWith("_RATE"), target.toString());
            if (target.getString("indicator").equals("TRAINING_SPOTS")) {
                assertEquals(figures.getJsonArray("lines").getJsonObject(0).getInt("spots"),
                        target.getJsonNumber("actual").intValue(), "the actual is the report's first line");
            }
        }
        assertEquals(targets, answered);

        // no approved plan for 2049: no targets
        assertEquals(0, Http.get(url("?centre=TECHNICITY&year=2049"), "en").json().getJsonArray("targets").size());
    }
}
