package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorization test generated from the API's own description: every operation of the OpenAPI document is
 * called by each role that has no business with Digitalcity's records (Technicity's staff and board member, Actiris'
 * manager, the auditor for changes), naming Digitalcity's records wherever the operation takes one (path, query and
 * body). Every call must be refused (403 or 404 without a word about the record), except the operations listed
 * below with the reason they may answer; and the database holds exactly what it held before. A new operation is
 * covered the day it appears in the document, without a new test.
 */
class CrossCentreAccessIT {

    private static final String OTHER_CENTRE = "DIGITALCITY";
    /** Roles that may change nothing of Digitalcity, and may read none of its records. */
    private static final List<String> OUTSIDERS = List.of("staff.technicity", "board.technicity");
    /** Roles that read across centres (figures, or all records) but change nothing: their changes are probed. */
    private static final List<String> READERS = List.of("manager.actiris", "auditor");
    /** Operations every signed-in user may call: reference data and the user's own account. */
    private static final Set<String> OPEN_TO_EVERY_USER = Set.of(
            "GET /api/v1/centres", "GET /api/v1/centres/{code}", "GET /api/v1/centres/{code}/rooms",
            "GET /api/v1/centres/{code}/courses", "GET /api/v1/courses", "GET /api/v1/rooms", "GET /api/v1/partners",
            "GET /api/v1/trainers", "GET /api/v1/trainers/{code}", "GET /api/v1/account", "PUT /api/v1/account/language",
            "GET /api/v1/companies", "GET /api/v1/companies/{id}");
    /** Tables whose rows change with any signed-in call (sign-in records, refusals), left out of the comparison. */
    private static final Pattern VOLATILE_TABLES = Pattern.compile(
            "flyway.*|audit.*|user_account|.*sign_in.*|.*login.*|.*attempt.*|.*refus.*|.*lockout.*|.*throttl.*");

    private static String base;
    private static Map<String, String> ids;

    @BeforeAll
    static void digitalcityRecords() {
        base = RunningApplication.baseUrl();
        TestDatabase.shared().execute("""
                insert into learner (family_name, given_name, name_key, birth_date, language, entry_status,
                                     education_level, registered_at_centre_id)
                select 'Probe', 'Cross', 'probe|cross', date '1990-02-03', 'FR', 'JOBSEEKER_ACTIRIS', 'LOWER_SECONDARY',
                       c.id from centre c where c.code = 'DIGITALCITY'
                on conflict (name_key, birth_date) do nothing;
                insert into enrolment (learner_id, session_id, status, applied_on, arrival, target_groups)
                select l.id, s.id, 'APPLIED', current_date, l.id, 'JOBSEEKER'
                from learner l, course_session s join centre c on c.id = s.centre_id join course k on k.id = s.course_id
                where l.name_key = 'probe|cross' and c.code = 'DIGITALCITY' and k.kind = 'TRAINING'
                  and s.id = (select min(s2.id) from course_session s2 join centre c2 on c2.id = s2.centre_id
                              join course k2 on k2.id = s2.course_id where c2.code = 'DIGITALCITY' and k2.kind = 'TRAINING')
                  and not exists (select 1 from enrolment e where e.learner_id = l.id);
                insert into screening (learner_id, centre_id, course_id, enrolment_id, screened_on, assessor, tests_taken,
                                       result, recommendation, recorded_by)
                select e.learner_id, s.centre_id, s.course_id, e.id, current_date, 'Probe', 'none', '1/1', 'ADMIT',
                       'staff.digitalcity'
                from enrolment e join learner l on l.id = e.learner_id join course_session s on s.id = e.session_id
                where l.name_key = 'probe|cross' and not exists (select 1 from screening x where x.learner_id = l.id);
                """);
        ids = new TreeMap<>();
        String centre = "(select id from centre where code = 'DIGITALCITY')";
        ids.put("learner", one("select id from learner where name_key = 'probe|cross'"));
        ids.put("enrolment", one("select e.id from enrolment e join learner l on l.id = e.learner_id"
                + " where l.name_key = 'probe|cross'"));
        ids.put("session", one("select session_id from enrolment where id = " + ids.get("enrolment")));
        ids.put("meeting", one("select min(id) from meeting where session_id in (select id from course_session"
                + " where centre_id = " + centre + ")"));
        ids.put("screening", one("select id from screening where learner_id = " + ids.get("learner")));
        ids.put("validation", one("select min(s.id) from course_session s join course k on k.id = s.course_id"
                + " where k.kind = 'VALIDATION' and s.centre_id = " + centre));
        ids.put("placement", optional("select min(id) from placement where centre_id = " + centre, "999999"));
        ids.put("plan", optional("select min(id) from joint_action_plan where centre_id = " + centre, "999998"));
        ids.put("job", optional("select min(id) from timetabling_job where centre_id = " + centre, "999997"));
        ids.put("user", one("select id from user_account where username = 'staff.digitalcity'"));
        ids.put("company", one("select min(id) from company"));
        ids.put("trainer", one("select min(code) from trainer"));
        ids.put("centre", OTHER_CENTRE);
    }

    @AfterAll
    static void removeTheProbe() {
        TestDatabase.shared().execute("""
                begin;
                delete from screening where learner_id in (select id from learner where name_key = 'probe|cross');
                alter table enrolment_transition disable trigger enrolment_transition_append_only;
                delete from enrolment_transition where enrolment_id in (select e.id from enrolment e
                    join learner l on l.id = e.learner_id where l.name_key = 'probe|cross');
                alter table enrolment_transition enable trigger enrolment_transition_append_only;
                delete from enrolment where learner_id in (select id from learner where name_key = 'probe|cross');
                delete from learner where name_key = 'probe|cross';
                commit;""");
    }

    @Test
    void everyOperationNamingAnotherCentresRecordsIsRefusedAndWritesNothing() {
        JsonObject document = Http.as("admin").send(HttpRequest.newBuilder(URI.create(base + "openapi?format=JSON"))
                .header("Accept", "application/json").GET()).json();
        JsonObject paths = document.getJsonObject("paths");
        Map<String, String> before = fingerprint();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        int operations = 0;
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + normalise(path);
                if (OPEN_TO_EVERY_USER.contains(operation)) {
                    continue;
                }
                operations++;
                JsonObject described = item.getJsonObject(method);
                List<String> roles = new ArrayList<>(OUTSIDERS);
                if (!method.equals("get")) {
                    roles.addAll(READERS);
                }
                for (String role : roles) {
                    Http.Answer answer = call(role, method, path, described);
                    calls++;
                    if (answer.status() != 403 && answer.status() != 404) {
                        wrong.add(role + " " + operation + " -> " + answer.status() + " "
                                + answer.body().substring(0, Math.min(200, answer.body().length())));
                    } else if (answer.contentType().startsWith("application/problem+json")) {
                        Http.assertNoServerDetail(answer.body());
                        for (String id : List.of(ids.get("learner"), ids.get("enrolment"), ids.get("screening"))) {
                            assertTrue(!answer.json().getString("detail").contains(id),
                                    "the refusal names the record: " + answer.body());
                        }
                    }
                }
            }
        }
        System.out.printf("[pfe-it] cross-centre probe: %d operations, %d calls, %d not refused%n", operations, calls,
                wrong.size());
        assertTrue(operations > 40, "the document describes the operations: " + operations);
        assertEquals(List.of(), wrong, "operations that answered another centre's records");
        Map<String, String> after = fingerprint();
        List<String> changed = before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table)))
                .toList();
        assertEquals(List.of(), changed, "tables written by refused calls");
    }

    /** One call as this role, naming Digitalcity's records in the path, the query and the body. */
    private static Http.Answer call(String role, String method, String path, JsonObject described) {
        StringBuilder query = new StringBuilder();
        for (JsonValue value : described.getJsonArray("parameters") == null ? List.<JsonValue>of()
                : described.getJsonArray("parameters")) {
            JsonObject parameter = value.asJsonObject();
            String name = parameter.getString("name");
            String in = parameter.getString("in");
            if (in.equals("path")) {
                path = path.replace("{" + name + "}", URLEncoder.encode(pathValue(path, name),
                        StandardCharsets.UTF_8));
            } else if (in.equals("query")) {
                String given = queryValue(name);
                if (given != null) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                            .append(URLEncoder.encode(given, StandardCharsets.UTF_8));
                }
            }
        }
        String url = base + path.replaceFirst("^/", "") + query;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en")
                .header("Content-Type", "application/json");
        String body = body().toString();
        request = switch (method) {
            case "get" -> request.GET();
            case "delete" -> request.DELETE();
            default -> request.method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body));
        };
        return Http.as(role).send(request);
    }

    /** The record a path parameter names, from the collection it follows. */
    private static String pathValue(String path, String parameter) {
        Matcher matcher = Pattern.compile("/([a-z-]+)/\\{" + Pattern.quote(parameter) + "}").matcher(path);
        String collection = matcher.find() ? matcher.group(1) : "";
        return switch (collection) {
            case "sessions", "seats", "waitlist", "attendance" -> ids.get("session");
            case "meetings" -> ids.get("meeting");
            case "enrolments" -> ids.get("enrolment");
            case "learners" -> ids.get("learner");
            case "screenings" -> ids.get("screening");
            case "placements" -> ids.get("placement");
            case "validations" -> ids.get("validation");
            case "plans" -> ids.get("plan");
            case "jobs" -> ids.get("job");
            case "users" -> ids.get("user");
            case "companies" -> ids.get("company");
            case "trainers" -> ids.get("trainer");
            case "centres" -> OTHER_CENTRE;
            default -> parameter.toLowerCase().contains("centre") ? OTHER_CENTRE : ids.get("session");
        };
    }

    private static String queryValue(String name) {
        String lower = name.toLowerCase();
        if (lower.contains("centre")) {
            return OTHER_CENTRE;
        }
        for (String kind : List.of("session", "meeting", "enrolment", "learner", "trainer")) {
            if (lower.startsWith(kind)) {
                return ids.get(kind);
            }
        }
        return switch (lower) {
            case "year" -> String.valueOf(LocalDate.now().getYear());
            case "from", "start" -> LocalDate.now().withDayOfYear(1).toString();
            case "to", "end" -> LocalDate.now().withMonth(12).withDayOfMonth(31).toString();
            default -> null;
        };
    }

    /** A body that names Digitalcity's records under every name the API's bodies use for them. */
    private static JsonObject body() {
        JsonObjectBuilder body = Json.createObjectBuilder();
        long session = Long.parseLong(ids.get("session"));
        long learner = Long.parseLong(ids.get("learner"));
        long enrolment = Long.parseLong(ids.get("enrolment"));
        for (String name : List.of("session", "sessionId", "otherSession")) {
            body.add(name, session);
        }
        for (String name : List.of("learner", "learnerId")) {
            body.add(name, learner);
        }
        for (String name : List.of("enrolment", "enrolmentId")) {
            body.add(name, enrolment);
        }
        body.add("meeting", Long.parseLong(ids.get("meeting")));
        body.add("centre", OTHER_CENTRE).add("centreCode", OTHER_CENTRE);
        body.add("step", "ENROL").add("reason", "probe").add("partner", "ACTIRIS");
        body.add("marks", Json.createObjectBuilder().add(ids.get("enrolment"), "PRESENT"));
        body.add("course", "DIG-NET-01").add("room", "D-LAB").add("startDate", LocalDate.now().plusYears(20).toString())
                .add("endDate", LocalDate.now().plusYears(20).plusMonths(1).toString()).add("seatCapacity", 10);
        body.add("year", LocalDate.now().getYear() + 1);
        return body.build();
    }

    /** The path with every parameter named as in the list above ({code}, {id}). */
    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]*(code|Code)[^}]*}", "{code}").replaceAll("\\{[^}]*}", "{id}")
                .replace("{code}", "{code}");
    }

    /** A digest of every table's content but the volatile ones. */
    private static Map<String, String> fingerprint() {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection connection = TestDatabase.shared().dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                if (VOLATILE_TABLES.matcher(table).matches()) {
                    continue;
                }
                try (ResultSet digest = connection.createStatement().executeQuery(
                        "select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '')"
                                + " from " + table + " t")) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }

    private static String one(String sql) {
        String value = optional(sql, null);
        if (value == null) {
            throw new IllegalStateException("The demonstration data lacks: " + sql);
        }
        return value;
    }

    private static String optional(String sql, String otherwise) {
        try (Connection connection = TestDatabase.shared().dataSource().getConnection();
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            return row.next() && row.getString(1) != null ? row.getString(1) : otherwise;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
