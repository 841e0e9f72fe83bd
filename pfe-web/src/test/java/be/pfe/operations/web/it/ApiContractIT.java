package be.pfe.operations.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import be.pfe.operations.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's description as served at {@code /openapi}: its media types, and no error from the swagger-parser's
 * OpenAPI 3.1 validation nor from the contract's own rules (those of Redocly's recommended set that matter to the
 * partners: unique operation ids, summaries, tags, security on every operation, no trailing slash on the server,
 * every error answer a problem document, no property left typed as a bare object, every reference resolved).
 * The answers themselves are checked against it by {@link Http} in every API test. And no lost update: two
 * clients changing the same session, enrolment, placement, user account, learner, company and meeting from the same
 * version, the second is refused (412) and the first one's change stays.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ApiContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP_LEVEL = Set.of("openapi", "info", "jsonSchemaDialect", "servers", "paths",
            "webhooks", "components", "security", "tags", "externalDocs");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private static final String USER = "it.contract.user";

    private static String base;
    private static PathwayCleanup.Enrolled applied;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
        applied = PathwayCleanup.applied(base, "TEC-SOUD-01", "2047-03-01", "2047-06-25", "Contract");
    }

    @AfterAll
    static void removeThem() {
        PathwayCleanup.remove(applied.session(), "none");
        TestDatabase.shared().execute("delete from user_account where username = '" + USER + "'");
    }

    @Test
    void twoClientsChangingTheSameRecordsFromTheSameVersionTheSecondIsRefusedAndNothingIsOverwritten() {
        Http.User staff = Http.as("staff.technicity");
        String session = base + "api/v1/sessions/" + applied.session();
        String enrolment = base + "api/v1/enrolments/" + applied.enrolment();

        // a session: both read version v; the first gives it Wednesdays, the second's Mondays are refused
        String version = etag(staff.get(session, "en"));
        Http.Answer first = conditional(staff, "PUT", session + "/weekly-pattern", version,
                "{\"slots\":[{\"day\":\"WEDNESDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}");
        assertEquals(200, first.status(), first.body());
        Http.Answer second = conditional(staff, "PUT", session + "/weekly-pattern", version,
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}");
        Http.assertProblem(second, 412, "record.changedMeanwhile");
        List<JsonObject> meetings = staff.get(session + "/meetings", "en").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(!meetings.isEmpty() && meetings.stream().allMatch(meeting -> java.time.LocalDate.parse(
                meeting.getString("date")).getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY), meetings.toString());
        assertEquals(etag(first), etag(staff.get(session, "en")), "the change answers the version it made");
        assertNotEquals(version, etag(first));
        Http.assertProblem(conditional(staff, "POST", session + "/closing", null, "{}"), 428,
                "request.revision.required");

        // an enrolment: the first screens it, the second's refusal from the same version is refused
        version = etag(staff.get(enrolment, "en"));
        Http.Answer screened = conditional(staff, "POST", enrolment + "/steps", version, "{\"step\":\"SCREEN\"}");
        assertEquals(200, screened.status(), screened.body());
        Http.assertProblem(conditional(staff, "POST", enrolment + "/steps", version,
                "{\"step\":\"REFUSE\",\"reason\":\"second client\"}"), 412, "record.changedMeanwhile");
        assertEquals("SCREENED", staff.get(enrolment, "en").json().getString("status"));

        // a placement: the first signs it, the second's early end from the same version is refused
        Http.Answer placed = staff.post(base + "api/v1/placements", """
                {"learner":%d,"company":%s,"centre":"TECHNICITY","enrolment":%d,"type":"INDIVIDUAL_VOCATIONAL",
                 "startDate":"2047-03-08","endDate":"2047-04-30","hours":160,"workplaceTutor":"Marc Dupont",
                 "centreCoach":"Sofia Coach"}""".formatted(applied.learner(), firstCompany(), applied.enrolment()), "en");
        assertEquals(201, placed.status(), placed.body());
        assertNotNull(placed.location());
        String placement = placed.location();
        version = etag(staff.get(placement, "en"));
        Http.Answer signed = conditional(staff, "POST", placement + "/steps", version, "{\"step\":\"SIGN\"}");
        assertEquals(200, signed.status(), signed.body());
        Http.assertProblem(conditional(staff, "POST", placement + "/visits", version,
                "{\"date\":\"2047-03-20\",\"visitedBy\":\"Second Client\",\"notes\":\"stale\"}"), 412,
                "record.changedMeanwhile");
        JsonObject readBack = staff.get(placement, "en").json();
        assertEquals("SIGNED", readBack.getString("status"));
        assertEquals(0, readBack.getJsonArray("visits").size());

        // a user account: the first makes it a board member, the second's partner manager is refused
        Http.Answer created = Http.post(base + "api/v1/users", """
                {"username":"%s","displayName":"Contract Test","password":"a-long-password-2046",
                 "roles":[{"role":"AUDITOR"}]}""".formatted(USER), "en");
        assertEquals(201, created.status(), created.body());
        String user = created.location();
        Http.User admin = Http.as("admin");
        version = etag(admin.get(user, "en"));
        Http.Answer board = conditional(admin, "PUT", user + "/roles", version,
                "[{\"role\":\"BOARD_MEMBER\",\"centre\":\"TECHNICITY\"}]");
        assertEquals(200, board.status(), board.body());
        Http.assertProblem(conditional(admin, "PUT", user + "/roles", version,
                "[{\"role\":\"PARTNER_MANAGER\",\"partner\":\"ACTIRIS\"}]"), 412, "record.changedMeanwhile");
        Http.assertProblem(conditional(admin, "POST", user + "/deactivation", version, null), 412,
                "record.changedMeanwhile");
        JsonObject account = admin.get(user, "en").json();
        assertEquals("BOARD_MEMBER", account.getJsonArray("roles").getJsonObject(0).getString("role"));
        assertEquals(1, account.getJsonArray("roles").size());
        assertTrue(account.getBoolean("active"));
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // after the session's weekly pattern of the test above
    void twoClientsChangingTheSameLearnerCompanyOrMeetingTheSecondIsRefusedAndNothingIsOverwritten() {
        Http.User staff = Http.as("staff.technicity");

        // a learner: both read version v; the first corrects the given name, the second's e-mail is refused
        String learner = base + "api/v1/learners/" + applied.learner();
        Http.Answer read = staff.get(learner, "en");
        String version = etag(read);
        JsonObject before = read.json();
        assertEquals("\"" + before.getJsonNumber("version").longValue() + "\"", version, "the ETag is the version");
        String change = """
                {"familyName":"%s","givenName":"%s","birthDate":"%s","language":"%s","entryStatus":"%s",
                 "educationLevel":"%s","email":%s}""";
        Http.Answer first = conditional(staff, "PUT", learner, version, change.formatted(before.getString("familyName"),
                "Firstclient", before.getString("birthDate"), before.getString("language"),
                before.getString("entryStatus"), before.getString("educationLevel"), "null"));
        assertEquals(200, first.status(), first.body());
        assertNotEquals(version, etag(first));
        Http.assertProblem(conditional(staff, "PUT", learner, version, change.formatted(
                before.getString("familyName"), before.getString("givenName"), before.getString("birthDate"),
                before.getString("language"), before.getString("entryStatus"), before.getString("educationLevel"),
                "\"second@example.be\"")), 412, "record.changedMeanwhile");
        Http.assertProblem(conditional(staff, "PUT", learner, null, change.formatted(before.getString("familyName"),
                "Noversion", before.getString("birthDate"), before.getString("language"),
                before.getString("entryStatus"), before.getString("educationLevel"), "null")), 428,
                "request.revision.required");
        Http.Answer after = staff.get(learner, "en");
        assertEquals("Firstclient", after.json().getString("givenName"));
        assertNotEquals("second@example.be", after.json().getString("email", null), "the stale change wrote nothing");
        assertEquals(etag(first), etag(after), "the change answers the version it made");

        // a company: the first renames it, the second's new contact from the same version is refused
        String company = base + "api/v1/companies/" + firstCompany();
        read = staff.get(company, "en");
        version = etag(read);
        JsonObject registered = read.json();
        String name = registered.getString("name");
        Http.Answer renamed = conditional(staff, "PUT", company, version, """
                {"enterpriseNumber":"%s","name":"%s","sector":"%s"}""".formatted(
                registered.getString("enterpriseNumber"), name + " (contract)", registered.getString("sector")));
        assertEquals(200, renamed.status(), renamed.body());
        int contacts = registered.getJsonArray("contacts").size();
        Http.assertProblem(conditional(staff, "POST", company + "/contacts", version,
                "{\"name\":\"Second Client\",\"jobRole\":\"HR\"}"), 412, "record.changedMeanwhile");
        Http.assertProblem(conditional(staff, "PUT", company, version, """
                {"enterpriseNumber":"%s","name":"%s","sector":"%s"}""".formatted(
                registered.getString("enterpriseNumber"), "Overwritten", registered.getString("sector"))), 412,
                "record.changedMeanwhile");
        JsonObject now = staff.get(company, "en").json();
        assertEquals(name + " (contract)", now.getString("name"));
        assertEquals(contacts, now.getJsonArray("contacts").size());
        // put the demonstration company's name back, from the version it is at
        assertEquals(200, conditional(staff, "PUT", company, etag(staff.get(company, "en")), """
                {"enterpriseNumber":"%s","name":"%s","sector":"%s"}""".formatted(
                registered.getString("enterpriseNumber"), name, registered.getString("sector"))).status());

        // a meeting: the first moves it, the second's cancellation from the same version is refused
        String session = base + "api/v1/sessions/" + applied.session();
        assertEquals(200, conditional(staff, "PUT", session + "/weekly-pattern", etag(staff.get(session, "en")),
                "{\"slots\":[{\"day\":\"THURSDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}").status());
        JsonObject meeting = staff.get(session + "/meetings", "en").structure().asJsonArray().getJsonObject(0);
        String address = base + "api/v1/meetings/" + meeting.getJsonNumber("id").longValue();
        version = etag(staff.get(address, "en"));
        java.time.LocalDate day = java.time.LocalDate.parse(meeting.getString("date")).plusDays(1);
        Http.Answer moved = conditional(staff, "PUT", address, version,
                "{\"date\":\"%s\",\"start\":\"13:00\",\"end\":\"16:00\"}".formatted(day));
        assertEquals(200, moved.status(), moved.body());
        Http.assertProblem(conditional(staff, "POST", address + "/cancel", version, "{\"reason\":\"second client\"}"),
                412, "record.changedMeanwhile");
        JsonObject stays = staff.get(address, "en").json();
        assertEquals(day.toString(), stays.getString("date"));
        assertEquals("SCHEDULED", stays.getString("status"));

        // a message text: both read the default (version 0); the first writes its own, the second's is refused
        String template = base + "api/v1/centres/TECHNICITY/message-templates/MEETING_MOVED/EN";
        String text = "{\"subject\":\"%s\",\"body\":\"Dear {learner}, %s\"}";
        try {
            version = etag(staff.get(template, "en"));
            assertEquals("\"0\"", version, "the default text has no version of its own");
            Http.Answer written = conditional(staff, "PUT", template, version, text.formatted("First client", "moved."));
            assertEquals(200, written.status(), written.body());
            assertNotEquals(version, etag(written));
            Http.assertProblem(conditional(staff, "PUT", template, version, text.formatted("Second client", "stale.")),
                    412, "template.changedMeanwhile");
            Http.assertProblem(conditional(staff, "DELETE", template, version, null), 412, "template.changedMeanwhile");
            Http.assertProblem(conditional(staff, "PUT", template, null, text.formatted("No version", "none.")), 428,
                    "request.revision.required");
            Http.assertProblem(conditional(staff, "DELETE", template, null, null), 428, "request.revision.required");
            Http.Answer kept = staff.get(template, "en");
            assertEquals("First client", kept.json().getString("subject"), "the stale change wrote nothing");
            assertEquals(etag(written), etag(kept), "the change answers the version it made");
        } finally {
            assertEquals(204, conditional(staff, "DELETE", template, etag(staff.get(template, "en")), null).status());
        }

        // a partner's address: the administrator sets it; a second change from the same version is refused
        Http.User admin = Http.as(Http.ADMINISTRATOR);
        String partner = base + "api/v1/partners/VDAB_BRUSSEL/notification-address";
        version = etag(admin.get(partner, "en"));
        try {
            Http.Answer set = conditional(admin, "PUT", partner, version, "{\"email\":\"first@example.be\"}");
            assertEquals(200, set.status(), set.body());
            Http.assertProblem(conditional(admin, "PUT", partner, version, "{\"email\":\"second@example.be\"}"),
                    412, "record.changedMeanwhile");
            Http.assertProblem(conditional(admin, "PUT", partner, null, "{\"email\":\"none@example.be\"}"), 428,
                    "request.revision.required");
            assertEquals("first@example.be", admin.get(partner, "en").json().getString("email"));
        } finally {
            assertEquals(200, conditional(admin, "PUT", partner, etag(admin.get(partner, "en")),
                    "{\"email\":\"\",\"language\":\"FR\"}").status());
        }
    }

    private static String firstCompany() {
        return Long.toString(((Number) TestDatabase.shared().inTransaction(em -> em.createNativeQuery(
                "select min(id) from company").getSingleResult())).longValue());
    }

    private static String etag(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        String etag = answer.header("ETag");
        assertNotNull(etag, "no ETag");
        return etag;
    }

    private static Http.Answer conditional(Http.User user, String method, String url, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return user.send(request);
    }

    @Test
    void theDocumentIsYamlByDefaultAndJsonOnRequest() {
        Http.Answer yaml = Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "openapi")).GET());
        assertEquals(200, yaml.status());
        assertTrue(yaml.contentType().startsWith("application/yaml"), yaml.contentType());
        assertTrue(yaml.body().startsWith("openapi: 3.1.0"), yaml.body().lines().findFirst().orElse(""));
        Http.Answer asked = Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "openapi"))
                .header("Accept", "application/yaml").GET());
        assertEquals(200, asked.status());
        assertTrue(asked.contentType().startsWith("application/yaml"), asked.contentType());
        Http.Answer json = Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "openapi"))
                .header("Accept", "application/json").GET());
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        assertEquals("3.1.0", json.json().getString("openapi"));
        Http.Answer format = Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "openapi?format=JSON"))
                .GET());
        assertTrue(format.contentType().startsWith("application/json"), format.contentType());
        assertEquals(json.body(), format.body());
    }

    @Test
    void theDocumentPassesTheLinterWithoutError() throws Exception {
        String yaml = Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "openapi")).GET()).body();
        List<String> errors = lint(yaml, JSON.readTree(Http.anonymous().send(HttpRequest.newBuilder(
                URI.create(base + "openapi")).header("Accept", "application/json").GET()).body()));
        System.out.printf("[pfe-it] OpenAPI linter: %d errors%n", errors.size());
        assertEquals(List.of(), errors, String.join("\n", errors));
    }

    @Test
    void everyListTakesFirstAndSizeAndEveryCreationAnswersItsLocation() throws Exception {
        JsonNode document = JSON.readTree(Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "openapi"))
                .header("Accept", "application/json").GET()).body());
        List<String> wrong = new ArrayList<>();
        int lists = 0;
        int creations = 0;
        for (var path = document.path("paths").fields(); path.hasNext(); ) {
            var entry = path.next();
            for (var method = entry.getValue().fields(); method.hasNext(); ) {
                var operation = method.next();
                String where = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + entry.getKey();
                JsonNode responses = operation.getValue().path("responses");
                if (operation.getKey().equals("get") && isList(responses.path("200"), document)) {
                    lists++;
                    for (String parameter : List.of("first", "size")) {
                        boolean declared = false;
                        for (JsonNode declaredParameter : operation.getValue().path("parameters")) {
                            declared |= parameter.equals(declaredParameter.path("name").asText())
                                    && "query".equals(declaredParameter.path("in").asText());
                        }
                        if (!declared) {
                            wrong.add(where + " is a list without the query parameter " + parameter);
                        }
                    }
                }
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    // one vocabulary for paging and sorting: first, size, sort, order
                    if ("query".equals(parameter.path("in").asText()) && !parameter.path("deprecated").asBoolean()
                            && Set.of("offset", "limit", "page",
                            "pageSize", "start", "count", "sortBy", "orderBy", "direction", "dir")
                            .contains(parameter.path("name").asText())) {
                        wrong.add(where + " names a paging or sorting parameter otherwise: "
                                + parameter.path("name").asText());
                    }
                }
                if (responses.has("201")) {
                    creations++;
                    if (!responses.path("201").path("headers").has("Location")) {
                        wrong.add(where + " answers 201 without a Location header");
                    }
                }
            }
        }
        assertTrue(lists > 20 && creations > 10, lists + " lists, " + creations + " creations");
        // bounds the rules enforce, shown in the schemas
        JsonNode schemas = document.path("components").path("schemas");
        assertEquals(365, schemas.path("SeatPlanInput").path("properties").path("promotionGraceDays")
                .path("maximum").asInt(), schemas.path("SeatPlanInput").toString());
        assertEquals(200, schemas.path("UserInput").path("properties").path("password").path("maxLength").asInt(),
                schemas.path("UserInput").toString());
        assertEquals(-366, schemas.path("ShiftInput").path("properties").path("days").path("minimum").asInt(),
                schemas.path("ShiftInput").toString());
        assertEquals(List.of(), wrong, String.join("\n", wrong));

        // an array list pages alike, its length in X-Total-Count; a page object tells its total itself
        Http.Answer all = Http.get(base + "api/v1/centres", "en");
        int total = all.structure().asJsonArray().size();
        assertEquals(Integer.toString(total), all.header("X-Total-Count"));
        Http.Answer page = Http.get(base + "api/v1/centres?first=1&size=2", "en");
        assertEquals(200, page.status(), page.body());
        assertEquals(Integer.toString(total), page.header("X-Total-Count"));
        assertEquals(all.structure().asJsonArray().subList(1, 3), page.structure().asJsonArray());
        Http.assertProblem(Http.get(base + "api/v1/centres?size=0", "en"), 400, "request.parameter.invalid");
        Http.assertProblem(Http.get(base + "api/v1/centres?first=-1", "en"), 400, "request.parameter.invalid");
        Http.assertProblem(Http.get(base + "api/v1/centres?size=many", "en"), 400, "request.parameter.invalid");
        JsonObject sessions = Http.get(base + "api/v1/sessions?first=0&size=2", "en").json();
        assertEquals(2, sessions.getInt("size"));
        assertTrue(sessions.getJsonNumber("total").longValue() >= sessions.getJsonArray("items").size());
    }

    /** The guide's learner and enrolment, out of the demonstration session's figures the other tests read. */
    private static void removeExampleEnrolment(long enrolment) {
        TestDatabase.shared().execute("""
                begin;
                create temporary table it_example on commit drop as
                    select learner_id as id from enrolment where id = %1$d;
                delete from screening where learner_id in (select id from it_example);
                alter table enrolment_transition disable trigger enrolment_transition_append_only;
                delete from enrolment_transition where enrolment_id = %1$d;
                alter table enrolment_transition enable trigger enrolment_transition_append_only;
                delete from enrolment where id = %1$d;
                delete from learner where id in (select id from it_example);
                commit;""".formatted(enrolment));
    }

    /** An answer that is an array, or a page object (with its total). */
    private static boolean isList(JsonNode ok, JsonNode document) {
        JsonNode schema = ok.path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String reference = schema.get("$ref").asText();
            schema = document.path("components").path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1));
        }
        JsonNode type = schema.path("type");
        boolean array = "array".equals(type.asText());
        for (JsonNode one : type) {
            array |= "array".equals(one.asText());
        }
        JsonNode properties = schema.path("properties");
        return array || properties.has("total") && properties.has("first") && properties.has("size");
    }

    /**
     * The worked example of docs/api.md runs as written: its shell block, with BASE set to this application, each
     * curl's status noted (on stderr, by a wrapper the block does not see), the answers it prints checked.
     */
    @Test
    void theWorkedExampleOfTheApiGuideRunsAsWritten() throws Exception {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "api.md"));
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("## Worked example.*?```sh\n(.*?)```",
                java.util.regex.Pattern.DOTALL).matcher(guide);
        assertTrue(block.find(), "docs/api.md has its worked example in a sh block");
        String script = "set -euo pipefail\n"
                + "curl() { command curl -w '%{stderr}%{http_code} %{method} %{url_effective}\\n' \"$@\"; }\n"
                + block.group(1);
        ProcessBuilder run = new ProcessBuilder("bash", "-c", script);
        run.environment().put("BASE", base + "api/v1");
        java.nio.file.Path errors = java.nio.file.Files.createTempFile("api-example", ".err");
        run.redirectError(errors.toFile());
        Process process = run.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the example ends");
        List<String> calls = java.nio.file.Files.readAllLines(errors);
        System.out.println("[pfe-it] docs/api.md example:\n" + String.join("\n", calls) + "\n" + out);
        calls.stream().map(line -> java.util.regex.Pattern.compile("/enrolments/(\\d+)$").matcher(line))
                .filter(java.util.regex.Matcher::find).findFirst()
                .ifPresent(enrolment -> removeExampleEnrolment(Long.parseLong(enrolment.group(1))));
        assertEquals(0, process.exitValue(), out + String.join("\n", calls));
        List<String> statuses = calls.stream().filter(line -> line.matches("\\d{3} .*"))
                .map(line -> line.substring(0, line.indexOf(' ', 4))).toList();
        assertEquals(List.of("200 GET", "200 GET", "201 POST", "201 POST", "200 GET", "200 POST", "412 POST",
                "200 GET"), statuses, String.join("\n", calls));
        // what it prints: the page of sessions, the screened enrolment, the refusal of the stale If-Match, the totals
        List<JsonObject> printed = new ArrayList<>();
        StringBuilder object = new StringBuilder();
        for (String line : out.split("\n")) {
            if (line.startsWith("{") || object.length() > 0) {
                object.append(line).append('\n');
            }
            if (line.equals("}")) { // jq writes each answer's object over lines, closing it at the margin
                printed.add(Json.createReader(new java.io.StringReader(object.toString())).readObject());
                object.setLength(0);
            }
        }
        assertEquals(4, printed.size(), out);
        assertTrue(printed.get(0).getInt("total") >= printed.get(0).getJsonArray("items").size(), out);
        assertEquals("SCREENED", printed.get(1).getString("status"), out);
        assertEquals(412, printed.get(2).getInt("status"), out);
        assertEquals("record.changedMeanwhile", printed.get(2).getString("code"), out);
        assertTrue(printed.get(3).getInt("seatsOffered") >= printed.get(3).getInt("seatsOccupied"), out);
    }

    /** The errors of the served document: swagger-parser's validation, then the contract's own rules. */
    static List<String> lint(String yaml, JsonNode document) {
        List<String> errors = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(message -> errors.add("swagger-parser: " + message));
        }
        if (parsed.getOpenAPI() == null) {
            errors.add("swagger-parser: not an OpenAPI document");
        }
        document.fieldNames().forEachRemaining(key -> {
            if (!TOP_LEVEL.contains(key) && !key.startsWith("x-")) {
                errors.add("#/ has an additional property " + key);
            }
        });
        if (!document.path("openapi").asText().startsWith("3.1.")) {
            errors.add("openapi is not 3.1: " + document.path("openapi").asText());
        }
        for (JsonNode server : document.path("servers")) {
            if (server.path("url").asText().endsWith("/")) {
                errors.add("server URL ends with a slash: " + server.path("url").asText());
            }
        }
        JsonNode schemes = document.path("components").path("securitySchemes");
        if (schemes.isEmpty()) {
            errors.add("no securitySchemes");
        }
        Set<String> tags = new HashSet<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = ops.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String where = entry.getKey().toUpperCase() + " " + path.getKey() + ": ";
                JsonNode op = entry.getValue();
                String id = op.path("operationId").asText("");
                if (id.isEmpty() || !operationIds.add(id)) {
                    errors.add(where + "missing or duplicate operationId " + id);
                }
                if (!id.matches("[A-Za-z0-9]+")) {
                    errors.add(where + "operationId not URL-safe " + id);
                }
                if (op.path("summary").asText("").isBlank()) {
                    errors.add(where + "no summary");
                }
                if (op.path("tags").isEmpty() || !tags.contains(op.path("tags").get(0).asText())) {
                    errors.add(where + "no tag, or one the document does not declare");
                }
                if (op.path("security").isEmpty()) {
                    errors.add(where + "no security");
                }
                op.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(name -> {
                    if (!schemes.has(name)) {
                        errors.add(where + "unknown security scheme " + name);
                    }
                }));
                pathParameters(path.getKey(), op, path.getValue(), where, errors);
                boolean success = false;
                for (Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields();
                     responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    success |= response.getKey().startsWith("2");
                    if (response.getValue().path("description").asText("").isBlank()) {
                        errors.add(where + response.getKey() + " has no description");
                    }
                    if ((response.getKey().startsWith("4") || response.getKey().startsWith("5")
                            || response.getKey().equals("default"))
                            && !response.getValue().path("content").path("application/problem+json").path("schema")
                            .path("$ref").asText().equals("#/components/schemas/Problem")) {
                        errors.add(where + response.getKey() + " is not the problem document");
                    }
                }
                if (!success) {
                    errors.add(where + "no success answer");
                }
                for (String status : List.of("401", "403")) {
                    if (!op.path("responses").has(status)) {
                        errors.add(where + "does not document " + status);
                    }
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> schemas = document.path("components").path("schemas").fields();
             schemas.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.getValue().path("properties").fields();
                 properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode type = property.getValue().has("items") ? property.getValue().get("items")
                        : property.getValue();
                if ("object".equals(type.path("type").asText()) && !type.has("properties")
                        && !type.has("additionalProperties") && !type.has("$ref")) {
                    errors.add(schema.getKey() + "." + property.getKey() + " is a bare object");
                }
            }
        }
        errors.addAll(ApiDocument.of(URI.create(base)).schemaErrors());
        Matcher refs = Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"").matcher(document.toString());
        while (refs.find()) {
            if (!document.path("components").path("schemas").has(refs.group(1))) {
                errors.add("unresolved reference " + refs.group(1));
            }
        }
        return errors;
    }

    private static void pathParameters(String path, JsonNode op, JsonNode item, String where, List<String> errors) {
        Matcher names = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (names.find()) {
            String name = names.group(1);
            boolean declared = false;
            for (JsonNode parameters : List.of(op.path("parameters"), item.path("parameters"))) {
                for (JsonNode parameter : parameters) {
                    declared |= "path".equals(parameter.path("in").asText())
                            && name.equals(parameter.path("name").asText());
                }
            }
            if (!declared) {
                errors.add(where + "path parameter " + name + " not declared");
            }
        }
    }
}
