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
 * called by each role that has no business with Digitalcity's records (Technicity's staff and board member; Actiris'
 * manager and the auditor for changes), naming Digitalcity's records wherever the operation takes one: in the path,
 * the query and a body built from the operation's schema (so that the call is otherwise well-formed and reaches the
 * use case). Each answer must be a refusal (a problem document that tells nothing of the server nor of the record)
 * or an answer that carries no trace of Digitalcity (a list narrowed to the user's centre, an import whose rows were
 * each refused); and afterwards the database holds exactly what it held before. Only reference data (centres, their
 * rooms, the trainers shared by the centres) may name Digitalcity. A new operation is covered the day it appears in
 * the document, without a new test.
 */
class CrossCentreAccessIT {

    private static final String OTHER_CENTRE = "DIGITALCITY";
    /** Roles that may change nothing of Digitalcity, and may read none of its records. */
    private static final List<String> OUTSIDERS = List.of("staff.technicity", "board.technicity");
    /** Roles that read across centres (figures, or all records) but change nothing: their changes are probed. */
    private static final List<String> READERS = List.of("manager.actiris", "auditor");
    /** Reference data every signed-in user reads, Digitalcity's included (docs/security.md: REFERENCE_DATA). */
    private static final Set<String> REFERENCE_DATA = Set.of(
            "GET /api/v1/centres", "GET /api/v1/courses", "GET /api/v1/trainers",
            "GET /api/v1/centres/{}", "GET /api/v1/centres/{}/rooms", "GET /api/v1/centres/{}/rooms/{}",
            "GET /api/v1/trainers/{}", "GET /api/v1/calendars/rooms/{}/{}.ics");
    /** What in an answer shows Digitalcity's records: its code and name, its course codes, the probe learner. */
    private static final List<String> TRACES = List.of("DIGITALCITY", "Digitalcity", "DIG-", "D-LAB", "\"Probe\"");
    /**
     * Tables left out of the comparison: those whose rows change with any signed-in call (sign-in records, refusals),
     * and the region's shared registers of companies and courses, which whoever plans for a centre may change (the
     * calls of the read-only roles on them must still be refused: see {@link #verdict}).
     */
    private static final Pattern VOLATILE_TABLES = Pattern.compile("flyway.*|audit.*|user_account|.*sign_in.*"
            + "|.*login.*|.*attempt.*|.*refus.*|.*lockout.*|.*throttl.*|company.*|recruitment_need"
            + "|course|course_equipment");

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
                insert into placement (learner_id, company_id, centre_id, enrolment_id, placement_type, start_date,
                                       end_date, hours, workplace_tutor, centre_coach, status, recorded_by)
                select e.learner_id, (select min(id) from company), s.centre_id, e.id, 'INDIVIDUAL_VOCATIONAL',
                       current_date + 60, current_date + 90, 100, 'Probe Tutor', 'Probe Coach', 'DRAFT',
                       'staff.digitalcity'
                from enrolment e join learner l on l.id = e.learner_id join course_session s on s.id = e.session_id
                where l.name_key = 'probe|cross' and not exists (select 1 from placement x where x.learner_id = l.id);
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
        ids.put("placement", one("select id from placement where learner_id = " + ids.get("learner")));
        ids.put("plan", optional("select min(id) from joint_action_plan where centre_id = " + centre, "999998"));
        ids.put("job", optional("select min(id) from timetabling_job where centre_id = " + centre, "999997"));
        ids.put("user", one("select id from user_account where username = 'staff.digitalcity'"));
        ids.put("company", one("select min(id) from company"));
        ids.put("need", optional("select min(id) from recruitment_need", "999996"));
        ids.put("candidate", optional("select min(v.id) from validation_candidate v join course_session s"
                + " on s.id = v.session_id where s.centre_id = " + centre, "999995"));
        ids.put("centreId", one("select id from centre where code = 'DIGITALCITY'"));
        ids.put("trainer", one("select min(code) from trainer"));
        ids.put("centre", OTHER_CENTRE);
    }

    @AfterAll
    static void removeTheProbe() {
        TestDatabase.shared().execute("""
                begin;
                delete from screening where learner_id in (select id from learner where name_key = 'probe|cross');
                delete from placement where learner_id in (select id from learner where name_key = 'probe|cross');
                alter table enrolment_transition disable trigger enrolment_transition_append_only;
                delete from enrolment_transition where enrolment_id in (select e.id from enrolment e
                    join learner l on l.id = e.learner_id where l.name_key = 'probe|cross');
                alter table enrolment_transition enable trigger enrolment_transition_append_only;
                delete from enrolment where learner_id in (select id from learner where name_key = 'probe|cross');
                delete from learner where name_key = 'probe|cross';
                delete from course where upper(code) = 'PROBE';
                commit;""");
    }

    @Test
    void everyOperationNamingAnotherCentresRecordsIsRefusedAndWritesNothing() {
        JsonObject document = Http.as("admin").send(HttpRequest.newBuilder(URI.create(base + "openapi?format=JSON"))
                .header("Accept", "application/json").GET()).json();
        JsonObject paths = document.getJsonObject("paths");
        Map<String, String> before = fingerprint();
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int calls = 0;
        int operations = 0;
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}");
                if (REFERENCE_DATA.contains(operation)) {
                    continue;
                }
                operations++;
                JsonObject described = item.getJsonObject(method);
                List<String> roles = new ArrayList<>(OUTSIDERS);
                if (!method.equals("get")) {
                    roles.addAll(READERS);
                }
                for (String role : roles) {
                    Http.Answer answer = call(role, method, path, described, document);
                    calls++;
                    statuses.merge(answer.status(), 1, Integer::sum);
                    if (answer.status() != 403) {
                        System.out.printf("[pfe-it]   %s %s -> %d %s%n", role, operation, answer.status(),
                                answer.contentType().startsWith("application/problem+json")
                                        ? answer.json().getString("code") : "");
                    }
                    String problem = verdict(answer, READERS.contains(role));
                    if (problem != null) {
                        wrong.add(role + " " + operation + " -> " + answer.status() + " " + problem + ": "
                                + answer.body().substring(0, Math.min(160, answer.body().length())));
                    }
                }
            }
        }
        System.out.printf("[pfe-it] cross-centre probe: %d operations, %d calls, answers by status %s, %d wrong%n",
                operations, calls, statuses, wrong.size());
        assertTrue(operations > 80, "the document describes the operations: " + operations);
        assertEquals(List.of(), wrong, "answers that reach another centre's records");
        Map<String, String> after = fingerprint();
        List<String> changed = before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table)))
                .toList();
        assertEquals(List.of(), changed, "tables written by refused calls");
    }

    /**
     * The probes that found the hole, replayed: Technicity's staff naming their own session and Digitalcity's learner
     * (enrolment, validation candidate), or a learner no centre knows yet; each refused the same way, and the learner
     * stays out of reach afterwards. A duplicate registration does not name the learner already registered.
     */
    @Test
    void technicityStaffCannotReachAnotherCentresLearnerThroughTheirOwnSessions() {
        Http.User staff = Http.as("staff.technicity");
        String ownSession = one("select min(s.id) from course_session s join centre c on c.id = s.centre_id"
                + " join course k on k.id = s.course_id where c.code = 'TECHNICITY' and k.kind = 'TRAINING'"
                + " and s.status in ('OPEN', 'RUNNING')");
        String ownValidation = one("select min(s.id) from course_session s join course k on k.id = s.course_id"
                + " where k.code = 'VAL-TEC-SOUD'");
        long enrolmentsBefore = TestDatabase.shared().count("enrolment");
        long candidatesBefore = TestDatabase.shared().count("validation_candidate");

        Http.Answer enrolled = staff.post(base + "api/v1/enrolments",
                "{\"learner\":%s,\"session\":%s}".formatted(ids.get("learner"), ownSession), "fr");
        Http.assertProblem(enrolled, 403, "access.denied.record");
        assertTrue(enrolled.json().getString("detail").startsWith("Cet enregistrement n’existe pas"),
                enrolled.body());
        Http.Answer candidate = staff.post(base + "api/v1/validations/" + ownValidation + "/candidates",
                "{\"learnerId\":%s}".formatted(ids.get("learner")), "en");
        Http.assertProblem(candidate, 403, "access.denied.record");
        assertTrue(!candidate.body().contains("Probe") && !candidate.body().contains("learnerName"), candidate.body());

        Http.Answer unknownLearner = staff.post(base + "api/v1/enrolments",
                "{\"learner\":987654321,\"session\":%s}".formatted(ownSession), "en");
        assertEquals(enrolled.json().getString("code"), unknownLearner.json().getString("code"),
                "an unknown learner and another centre's learner get the same answer");
        assertEquals(403, unknownLearner.status());

        Http.Answer nowhere = Http.post(base + "api/v1/learners", """
                {"familyName":"Nowhere","givenName":"Known","birthDate":"1992-02-02","language":"FR",
                 "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY"}""", "en");
        assertEquals(201, nowhere.status(), nowhere.body());
        long nowhereId = nowhere.json().getJsonNumber("id").longValue();
        try {
            Http.assertProblem(staff.post(base + "api/v1/enrolments",
                    "{\"learner\":%d,\"session\":%s}".formatted(nowhereId, ownSession), "en"), 403,
                    "access.denied.record");
            Http.assertProblem(staff.post(base + "api/v1/validations/" + ownValidation + "/candidates",
                    "{\"learnerId\":%d}".formatted(nowhereId), "en"), 403, "access.denied.record");
            Http.Answer again = staff.post(base + "api/v1/learners", """
                    {"familyName":"Nowhere","givenName":"Known","birthDate":"1992-02-02","language":"FR",
                     "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY"}""", "en");
            Http.assertProblem(again, 409, "learner.duplicate.nameAndBirthDate");
            assertTrue(!again.json().getString("detail").contains(String.valueOf(nowhereId)), again.body());
        } finally {
            TestDatabase.shared().execute("delete from learner where id = " + nowhereId);
        }

        assertEquals(enrolmentsBefore, TestDatabase.shared().count("enrolment"));
        assertEquals(candidatesBefore, TestDatabase.shared().count("validation_candidate"));
        Http.assertProblem(staff.get(base + "api/v1/learners/" + ids.get("learner"), "en"), 403,
                "access.denied.record");
        Http.assertProblem(staff.get(base + "api/v1/learners/" + ids.get("learner") + "/pathway", "en"), 403,
                "access.denied.record");
    }

    /**
     * A learner registered at the desk is known to the centre that registered them: its staff may enrol them at
     * once (the registration names the centre, by default the user's only one); another centre's staff may not.
     */
    @Test
    void aLearnerRegisteredByACentreIsReachedByItsStaffOnly() {
        Http.Answer registered = Http.as("staff.digitalcity").post(base + "api/v1/learners", """
                {"familyName":"Registered","givenName":"Here","birthDate":"1993-03-03","language":"NL",
                 "entryStatus":"JOBSEEKER_VDAB","educationLevel":"UPPER_SECONDARY"}""", "nl");
        assertEquals(201, registered.status(), registered.body());
        long learner = registered.json().getJsonNumber("id").longValue();
        try {
            assertEquals(200, Http.as("staff.digitalcity").get(base + "api/v1/learners/" + learner, "nl").status());
            Http.assertProblem(Http.as("staff.technicity").get(base + "api/v1/learners/" + learner, "en"), 403,
                    "access.denied.record");
            Http.assertProblem(Http.as("staff.technicity").post(base + "api/v1/learners", """
                    {"familyName":"Elsewhere","givenName":"Here","birthDate":"1993-03-03","language":"NL",
                     "entryStatus":"JOBSEEKER_VDAB","educationLevel":"UPPER_SECONDARY","centre":"DIGITALCITY"}""",
                    "en"), 403, "access.denied.record");
        } finally {
            TestDatabase.shared().execute("delete from learner where id = " + learner);
        }
    }

    /**
     * Why the answer is wrong, or null: a refusal that tells nothing, or an answer without a trace of Digitalcity;
     * a read-only role's change must be refused.
     */
    private static String verdict(Http.Answer answer, boolean readOnlyRole) {
        String body = answer.body();
        if (answer.status() >= 500) {
            return "a failure";
        }
        if (readOnlyRole && answer.status() < 400) {
            return "a change accepted from a read-only role";
        }
        if (answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                return "a refusal that is no problem document";
            }
            for (String leak : List.of("Exception", "\tat ", "be.pfe.", "SQL", "org.eclipse", "Payara")) {
                if (body.contains(leak)) {
                    return "a refusal that tells of the server";
                }
            }
            if ((answer.status() == 403 || answer.status() == 404)
                    && List.of(ids.get("learner"), ids.get("enrolment"), ids.get("screening")).stream()
                    .anyMatch(id -> answer.json().getString("detail").matches(".*\\b" + id + "\\b.*"))) {
                return "a refusal that names the record";
            }
            return null;
        }
        return TRACES.stream().filter(body::contains).findFirst().map(trace -> "an answer showing " + trace)
                .orElse(null);
    }

    /** One call as this role, naming Digitalcity's records in the path, the query and the body. */
    private static Http.Answer call(String role, String method, String path, JsonObject described,
                                    JsonObject document) {
        StringBuilder query = new StringBuilder();
        HttpRequest.Builder request = HttpRequest.newBuilder().header("Accept-Language", "en");
        for (JsonValue value : described.containsKey("parameters") ? described.getJsonArray("parameters")
                : List.<JsonValue>of()) {
            JsonObject parameter = value.asJsonObject();
            String name = parameter.getString("name");
            switch (parameter.getString("in")) {
                case "path" -> path = path.replace("{" + name + "}",
                        URLEncoder.encode(pathValue(path, name), StandardCharsets.UTF_8));
                case "query" -> {
                    String given = queryValue(path, name);
                    if (given != null) {
                        query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                                .append(URLEncoder.encode(given, StandardCharsets.UTF_8));
                    }
                }
                case "header" -> {
                    if (name.equalsIgnoreCase("If-Match")) {
                        request.header("If-Match", "\"0\"");
                    }
                }
                default -> {
                    // cookies: none
                }
            }
        }
        request.uri(URI.create(base + path.replaceFirst("^/", "") + query));
        JsonObject content = described.containsKey("requestBody")
                ? described.getJsonObject("requestBody").getJsonObject("content") : null;
        if (method.equals("get")) {
            request.GET();
        } else if (method.equals("delete")) {
            request.DELETE();
        } else if (content == null) {
            request.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        } else if (content.containsKey("application/json")) {
            JsonValue body = example(content.getJsonObject("application/json").getJsonObject("schema"), "", path,
                    document);
            request.header("Content-Type", "application/json")
                    .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            // a partner's file whose one row names Digitalcity's session, or its meeting and enrolment
            String csv = path.contains("attendance")
                    ? "meeting;enrolment;mark\n%s;%s;PRESENT\n".formatted(ids.get("meeting"), ids.get("enrolment"))
                    : "familyName;givenName;birthDate;language;entryStatus;educationLevel;session\n"
                    + "Rowprobe;Row;1990-01-01;FR;JOBSEEKER_ACTIRIS;LOWER_SECONDARY;%s\n".formatted(ids.get("session"));
            request.header("Content-Type", "text/csv")
                    .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(csv));
        }
        return Http.as(role).send(request);
    }

    /** The record a path parameter names, from the collection it follows. */
    private static String pathValue(String path, String parameter) {
        if (parameter.equals("format")) {
            return "csv";
        }
        if (parameter.equals("kind") && path.contains("/imports/")) {
            return "learners";
        }
        if (parameter.equals("room")) {
            return "D-LAB";
        }
        Matcher matcher = Pattern.compile("/([a-z-]+)/\\{" + Pattern.quote(parameter) + "}").matcher(path);
        String collection = matcher.find() ? matcher.group(1) : "";
        return switch (collection) {
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
            case "recruitment-needs" -> ids.get("need");
            case "trainers" -> ids.get("trainer");
            // the catalogue is the region's (any planner changes it): a code that names no course, so that no probe
            // retires a course the other tests plan
            case "courses" -> "PROBE-NO-COURSE";
            case "centres", "rooms" -> OTHER_CENTRE;
            default -> ids.get("session");
        };
    }

    private static String queryValue(String path, String name) {
        return switch (name) {
            case "centre", "key" -> OTHER_CENTRE;
            case "session" -> ids.get("session");
            case "year" -> String.valueOf(LocalDate.now().getYear());
            case "from" -> path.contains("/plans/") ? "1" : LocalDate.now().withDayOfYear(1).toString();
            case "to" -> LocalDate.now().withMonth(12).withDayOfMonth(31).toString();
            default -> null;
        };
    }

    /**
     * A value for a schema of the document: a property that names a record names Digitalcity's; the others get a
     * value of their kind that the use case accepts, so that the call reaches its access check.
     */
    private static JsonValue example(JsonObject schema, String name, String path, JsonObject document) {
        JsonObject described = schema;
        if (described.containsKey("$ref")) {
            String reference = described.getString("$ref");
            described = document.getJsonObject("components").getJsonObject("schemas")
                    .getJsonObject(reference.substring(reference.lastIndexOf('/') + 1));
        }
        JsonValue named = named(name, path);
        if (named != null) {
            return named;
        }
        String type = described.getString("type", "object");
        if (type.equals("array")) {
            JsonObject items = described.containsKey("items") ? described.getJsonObject("items")
                    : Json.createObjectBuilder().add("type", "string").build();
            return Json.createArrayBuilder().add(example(items, name, path, document)).build();
        }
        if (type.equals("object") && !described.containsKey("properties") && name.isEmpty()) {
            // a body the document does not describe: every name the API's bodies give records
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (String property : List.of("learner", "learnerId", "session", "enrolment", "enrolmentId", "meeting",
                    "centre", "centreCode", "course", "courseCode", "screenedOn", "date", "result", "recommendation")) {
                object.add(property, named(property, path));
            }
            return object.build();
        }
        if (type.equals("object") && described.containsKey("properties")) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            described.getJsonObject("properties").forEach((property, inner) -> object.add(property,
                    example(inner.asJsonObject(), property, path, document)));
            return object.build();
        }
        if (described.containsKey("enum")) {
            return described.getJsonArray("enum").get(0);
        }
        return switch (type) {
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.FALSE;
            case "string" -> Json.createValue("probe");
            default -> JsonValue.EMPTY_JSON_OBJECT;
        };
    }

    /** The values the API's bodies take by name: Digitalcity's records, and well-formed dates, times and codes. */
    private static JsonValue named(String name, String path) {
        LocalDate inAMonth = LocalDate.now().plusMonths(1);
        String id = switch (name) {
            case "learner", "learnerId" -> ids.get("learner");
            case "session", "sessionId" -> ids.get("session");
            case "enrolment", "enrolmentId" -> ids.get("enrolment");
            case "meeting", "meetingId" -> ids.get("meeting");
            case "company", "companyId" -> ids.get("company");
            case "candidateId" -> ids.get("candidate");
            case "centreId" -> ids.get("centreId");
            default -> null;
        };
        if (id != null) {
            return Json.createValue(Long.parseLong(id));
        }
        return switch (name) {
            case "centre", "centreCode", "key" -> Json.createValue(OTHER_CENTRE);
            case "course", "courseCode" -> Json.createValue("DIG-NET-01");
            case "unit" -> Json.createValue("VAL-DIG-NET");
            case "room" -> Json.createValue("D-LAB");
            case "assessor", "absentTrainer", "niss", "acceptedBy", "acceptanceReason", "acceptReason" ->
                    JsonValue.NULL;
            case "date", "startDate", "termStart", "meetingDate", "recordedOn", "screenedOn", "deadline" ->
                    Json.createValue(inAMonth.toString());
            case "endDate", "termEnd", "followUpDate", "certificateDate" ->
                    Json.createValue(inAMonth.plusMonths(2).toString());
            case "birthDate" -> Json.createValue("1990-01-01");
            case "start" -> Json.createValue("09:00");
            case "end" -> Json.createValue("12:00");
            case "day" -> Json.createValue("MONDAY");
            case "days" -> Json.createValue(7);
            case "revision" -> Json.createValue(0);
            case "year" -> Json.createValue(LocalDate.now().getYear() + 1);
            case "seatCapacity" -> Json.createValue(10);
            case "hours", "posts", "promotionGraceDays", "timeLimitSeconds" -> Json.createValue(5);
            case "step" -> Json.createValue(path.contains("placements") ? "SIGN" : "SCREEN");
            case "outcome", "followUpOutcome" -> Json.createValue("HIRED");
            case "type" -> Json.createValue(path.contains("rooms") ? "CLASSROOM" : "INDIVIDUAL_VOCATIONAL");
            case "requiredRoomType" -> Json.createValue("CLASSROOM");
            case "kind" -> Json.createValue(path.contains("closures") ? "OTHER" : "TRAINING");
            case "providingPartner" -> Json.createValue("BRUXELLES_FORMATION");
            case "targetGroups" -> Json.createArrayBuilder().add("JOBSEEKER").build();
            case "qualifiedTrainers" -> JsonValue.EMPTY_JSON_ARRAY;
            case "language", "teachingLanguage" -> Json.createValue("FR");
            case "entryStatus" -> Json.createValue("JOBSEEKER_ACTIRIS");
            case "educationLevel" -> Json.createValue("LOWER_SECONDARY");
            case "sector" -> Json.createValue("DIGITAL");
            case "decision" -> Json.createValue("APPROVED");
            case "status" -> Json.createValue("FILLED");
            case "result" -> Json.createValue(path.contains("screenings") ? "probe" : "PASSED");
            case "recommendation" -> Json.createValue("ADMIT");
            case "waitlistPriority" -> Json.createValue("ARRIVAL");
            case "role" -> Json.createValue("CENTRE_STAFF");
            case "partner" -> path.contains("users") ? JsonValue.NULL : Json.createValue("ACTIRIS");
            case "enterpriseNumber" -> Json.createValue("0403170701");
            case "email" -> Json.createValue("probe@example.be");
            case "phone" -> Json.createValue("+32 2 555 00 00");
            case "password" -> Json.createValue("a probe password of some length");
            case "marks" -> Json.createObjectBuilder().add(ids.get("enrolment"), "PRESENT").build();
            case "quotas" -> Json.createObjectBuilder().add("ACTIRIS", 1).build();
            case "content" -> JsonValue.EMPTY_JSON_OBJECT;
            default -> null;
        };
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
