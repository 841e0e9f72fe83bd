package be.pfe.operations.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan API over HTTP against the running application: Digitalcity's 2048 plan drafted by its staff, refused to
 * other centres, auditors and managers, changed only from the current revision (412 for a stale If-Match, 409 for a
 * stale body revision, 428 without either), submitted, decided by Digitalcity's board only, frozen, then a new version
 * with its differences and history.
 */
class PlanApiIT {

    private static final String BOARD = "board.digitalcity.it";
    private static final String PASSWORD = "board-digitalcity-2048";
    private static String plans;

    @BeforeAll
    static void aBoardMemberOfDigitalcity() {
        String base = RunningApplication.baseUrl();
        plans = base + "api/v1/plans";
        Http.Answer created = Http.post(base + "api/v1/users", """
                {"username":"%s","displayName":"Board Digitalcity","password":"%s",
                 "roles":[{"role":"BOARD_MEMBER","centre":"DIGITALCITY"}]}""".formatted(BOARD, PASSWORD), "en");
        assertTrue(created.status() == 201 || created.body().contains("user.username.taken"), created.body());
    }

    private static Http.User board() {
        return new Http.User(BOARD, PASSWORD);
    }

    private static Http.Answer put(Http.User user, String url, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return user.send(request);
    }

    private static String content(int seats) {
        return """
                {"training":[{"course":"DIG-DEV-01","partner":"BRUXELLES_FORMATION","sessions":2,"seats":%d}],
                 "actions":[{"titleFr":"Développeurs en pénurie","titleNl":"Ontwikkelaars","owner":"CEFORA",
                   "pillar":"TRAINING_VALIDATION","targetValue":30,"indicator":"TRAINING_SPOTS","deadline":"2048-11-30",
                   "shortSupply":true,"occupation":"Développeur web","fundingSource":"EU Recovery and Resilience Facility",
                   "fundingAmount":95000}],
                 "targets":[{"indicator":"TRAINING_SPOTS","value":2828}]}""".formatted(seats);
    }

    @Test
    void draftsChangesSubmitsDecidesAndVersionsOnlyAsEachRoleMay() {
        Http.User staff = Http.as("staff.digitalcity");
        Http.Answer created = staff.post(plans, "{\"centre\":\"DIGITALCITY\",\"year\":2048,\"content\":" + content(36)
                + "}", "en");
        assertEquals(201, created.status(), created.body());
        JsonObject plan = created.json();
        String url = plans + "/" + plan.getInt("id");
        assertEquals("DRAFT", plan.getString("status"));
        assertEquals(2828, plan.getJsonObject("content").getJsonArray("targets").getJsonObject(0).getInt("value"));
        String etag = created.header("ETag");
        assertEquals("\"" + plan.getJsonNumber("revision").longValue() + "\"", etag);
        assertTrue(created.location().endsWith("/api/v1/plans/" + plan.getInt("id")), created.location());

        Http.assertProblem(staff.post(plans, "{\"centre\":\"DIGITALCITY\",\"year\":2048}", "en"), 422, "plan.exists");
        Http.assertProblem(Http.as("staff.technicity").get(url, "en"), 403, "access.denied.record");
        Http.assertProblem(Http.as("board.technicity").get(url, "en"), 403, "access.denied.record");
        Http.assertProblem(Http.as("manager.actiris").get(plans, "en"), 403, "access.denied");
        Http.assertProblem(put(Http.as("auditor"), url, etag, "{\"content\":" + content(40) + "}"), 403,
                "access.denied.centre");
        assertEquals(200, Http.as("auditor").get(url, "en").status());

        Http.Answer stale = put(staff, url, "\"999\"", "{\"content\":" + content(40) + "}");
        Http.assertProblem(stale, 412, "plan.changedMeanwhile");
        assertTrue(stale.json().getString("detail").contains("staff.digitalcity"), stale.body());
        Http.assertProblem(put(staff, url, null, "{\"revision\":999,\"content\":" + content(40) + "}"), 409,
                "plan.changedMeanwhile");
        Http.assertProblem(put(staff, url, null, "{\"content\":" + content(40) + "}"), 428, "request.revision.required");
        Http.assertProblem(put(staff, url, etag, "{\"content\":{\"training\":[{\"course\":\"NOPE\",\"partner\":"
                + "\"CEFORA\",\"sessions\":1,\"seats\":-3}]}}"), 422, "plan.line.count");
        assertEquals(36, staff.get(url, "en").json().getJsonObject("content").getJsonArray("training")
                .getJsonObject(0).getInt("seats"), "refusals change nothing");

        Http.Answer changed = put(staff, url, etag, "{\"content\":" + content(40) + "}");
        assertEquals(200, changed.status(), changed.body());
        assertNotEquals(etag, changed.header("ETag"));
        Http.assertProblem(put(staff, url, etag, "{\"content\":" + content(44) + "}"), 412, "plan.changedMeanwhile");

        Http.Answer submitted = staff.send(HttpRequest.newBuilder(URI.create(url + "/submission"))
                .header("If-Match", changed.header("ETag")).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("status"));

        String decision = """
                {"decision":"APPROVED","decisionText":"Approuvé en séance","meetingDate":"%s"}"""
                .formatted(LocalDate.now().minusDays(1));
        Http.assertProblem(staff.post(url + "/decision", decision, "en"), 403, "access.denied.centre");
        Http.assertProblem(Http.as("board.technicity").post(url + "/decision", decision, "en"), 403,
                "access.denied.record");
        Http.assertProblem(Http.post(url + "/decision", decision, "en"), 403, "access.denied.centre");
        Http.assertProblem(board().post(url + "/decision", decision.replace("APPROVED", "MAYBE"), "en"), 400,
                "request.parameter.invalid");
        assertEquals("SUBMITTED", Http.get(url, "en").json().getString("status"));

        Http.Answer approved = board().post(url + "/decision", decision, "nl");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("Approuvé en séance", approved.json().getString("decisionText"));
        Http.Answer frozen = put(staff, url, approved.header("ETag"), "{\"content\":" + content(50) + "}");
        Http.assertProblem(frozen, 422, "plan.frozen");

        Http.Answer second = staff.post(url + "/versions", null, "en");
        assertEquals(201, second.status(), second.body());
        String secondUrl = plans + "/" + second.json().getInt("id");
        assertEquals(2, second.json().getInt("versionNumber"));
        assertEquals(plan.getInt("id"), second.json().getInt("previousVersionId"));
        assertEquals(200, put(staff, secondUrl, second.header("ETag"), "{\"content\":" + content(48) + "}").status());

        JsonArray diff = board().get(secondUrl + "/diff", "en").json().getJsonArray("changes");
        assertEquals(1, diff.size(), diff.toString());
        JsonObject change = diff.getJsonObject(0);
        assertEquals("TRAINING", change.getString("section"));
        assertEquals("CHANGED", change.getString("kind"));
        assertEquals("seats", change.getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(40, change.getJsonArray("fields").getJsonObject(0).getInt("oldValue"));
        assertEquals(48, change.getJsonArray("fields").getJsonObject(0).getInt("newValue"));

        JsonArray history = (JsonArray) Http.as("auditor").get(secondUrl + "/history", "en").structure();
        assertEquals("[CREATED, EDITED, SUBMITTED, APPROVED, NEW_VERSION, EDITED]", history.stream()
                .map(step -> step.asJsonObject().getString("step")).toList().toString());
        assertEquals(BOARD, history.getJsonObject(3).getString("actor"));
        assertEquals(2, ((JsonArray) board().get(secondUrl + "/versions", "en").structure()).size());

        JsonArray listed = (JsonArray) Http.as("auditor").get(plans + "?centre=DIGITALCITY&year=2048", "en").structure();
        assertEquals(1, listed.size());
        assertEquals(2, listed.getJsonObject(0).getInt("versionNumber"));
        assertEquals("DRAFT", listed.getJsonObject(0).getString("status"));
        Http.assertProblem(Http.as("staff.technicity").get(plans + "?centre=DIGITALCITY", "en"), 403,
                "access.denied.centre");
    }
}
