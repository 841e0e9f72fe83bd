package be.pfe.operations.web.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue, rooms and trainers over HTTP against the running application: created, changed from the current
 * version only (409 for a stale body version, 412 for a stale If-Match, 428 without either), a course retired and
 * then refused when a session of it is planned; board members, auditors and partner managers change nothing; a
 * centre's rooms are changed only by those who plan it; refusals in French.
 */
class CatalogueApiIT {

    private static String api;
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

    @BeforeAll
    static void base() {
        api = RunningApplication.baseUrl() + "api/v1/";
    }

    private static String course(String code, int hours, String trainers, Long version) {
        return """
                {"code":"%s","titleFr":"Soudure orbitale","titleNl":"Orbitaal lassen","titleEn":"Orbital welding",
                 "kind":"TRAINING","sector":"TECHNOLOGY_INDUSTRY","providingPartner":"BRUXELLES_FORMATION",
                 "teachingLanguage":"NL","durationHours":%d,"shortageOccupation":true,
                 "targetGroups":["JOBSEEKER","YOUNG"],"requiredRoomType":"WORKSHOP","requiredEquipment":["orbital welder"],
                 "qualifiedTrainers":%s%s}""".formatted(code, hours, trainers,
                version == null ? "" : ",\"version\":" + version);
    }

    private static Http.Answer send(Http.User user, String method, String url, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "fr")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return user.send(request);
    }

    @Test
    void coursesAreCreatedChangedFromTheirVersionAndRetiredThenRefusedWhenPlanned() {
        Http.User staff = Http.as("staff.technicity");
        String code = "IT-ORB-" + SUFFIX;
        Http.Answer created = staff.post(api + "courses", course(code, 300, "[]", null), "fr");
        assertEquals(201, created.status(), created.body());
        JsonObject view = created.json();
        assertEquals("Orbitaal lassen", view.getString("titleNl"));
        assertEquals("NL", view.getString("teachingLanguage"));
        assertFalse(view.getBoolean("retired"));
        long version = view.getJsonNumber("version").longValue();
        assertEquals("\"" + version + "\"", created.header("ETag"));
        assertTrue(created.location().endsWith("/api/v1/courses/" + code), created.location());
        assertTrue(staff.get(api + "courses", "fr").body().contains(code));

        Http.assertProblem(staff.post(api + "courses", course(code, 300, "[]", null), "fr"), 409, "course.code.taken");
        Http.Answer noHours = staff.post(api + "courses", course("IT-ZERO-" + SUFFIX, 0, "[]", null), "fr");
        Http.assertProblem(noHours, 422, "course.duration.notPositive");
        assertTrue(noHours.json().getString("detail").startsWith("La durée"), noHours.body());
        assertEquals("durationHours", noHours.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        for (String reader : List.of("board.technicity", "auditor", "manager.actiris")) {
            Http.assertProblem(Http.as(reader).post(api + "courses", course("IT-NO-" + SUFFIX, 10, "[]", null), "fr"),
                    403, "access.denied");
            Http.assertProblem(send(Http.as(reader), "PUT", api + "courses/" + code, null,
                    course(code, 10, "[]", version)), 403, "access.denied");
            Http.assertProblem(send(Http.as(reader), "POST", api + "courses/" + code + "/retirement", null, null),
                    403, "access.denied");
        }

        Http.assertProblem(send(staff, "PUT", api + "courses/" + code, null, course(code, 320, "[]", null)), 428,
                "request.revision.required");
        Http.Answer changed = send(staff, "PUT", api + "courses/" + code, null, course(code, 320, "[]", version));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(320, changed.json().getInt("durationHours"));
        Http.Answer stale = send(staff, "PUT", api + "courses/" + code, null, course(code, 340, "[]", version));
        Http.assertProblem(stale, 409, "record.changedMeanwhile");
        assertTrue(stale.json().getString("detail").startsWith("Quelqu’un d’autre a modifié"), stale.body());
        Http.assertProblem(send(staff, "PUT", api + "courses/" + code, "\"" + version + "\"",
                course(code, 340, "[]", null)), 412, "record.changedMeanwhile");
        assertEquals(320, staff.get(api + "courses/" + code, "fr").json().getInt("durationHours"), "nothing written");

        Http.Answer retired = send(staff, "POST", api + "courses/" + code + "/retirement", null, null);
        assertEquals(200, retired.status(), retired.body());
        assertTrue(retired.json().getBoolean("retired"));
        Http.assertProblem(send(staff, "POST", api + "courses/" + code + "/retirement", null, null), 422,
                "course.retired");
        Http.Answer planned = staff.post(api + "sessions", """
                {"centre":"TECHNICITY","course":"%s","room":"T-A01","startDate":"2047-01-11","endDate":"2047-03-26",
                 "seatCapacity":10,"teachingLanguage":"FR"}""".formatted(code), "fr");
        Http.assertProblem(planned, 422, "course.retired.notPlannable");
        assertEquals("La formation " + code + " est retirée du catalogue : aucune nouvelle session ne peut en être"
                + " planifiée.", planned.json().getString("detail"));
        assertTrue(staff.get(api + "courses", "fr").body().contains("\"code\":\"" + code + "\""),
                "a retired course stays visible as retired");
    }

    @Test
    void roomsAreChangedByThoseWhoPlanTheirCentreWithWholeSeats() {
        Http.User staff = Http.as("staff.technicity");
        String code = "T-IT-" + SUFFIX;
        String rooms = api + "centres/TECHNICITY/rooms";
        Http.Answer created = staff.post(rooms, """
                {"code":"%s","name":"Atelier d'essai","type":"WORKSHOP","seatCapacity":12,"equipment":["welding booth"]}"""
                .formatted(code), "fr");
        assertEquals(201, created.status(), created.body());
        long version = created.json().getJsonNumber("version").longValue();
        Http.assertProblem(staff.post(rooms, """
                {"code":"%s","name":"Autre","type":"CLASSROOM","seatCapacity":10}""".formatted(code), "fr"), 409,
                "room.code.taken");
        Http.Answer fractional = staff.post(rooms, """
                {"code":"T-FR-%s","name":"Autre","type":"CLASSROOM","seatCapacity":10.5}""".formatted(SUFFIX), "fr");
        assertEquals(422, fractional.status(), fractional.body());
        Http.Answer none = staff.post(rooms, """
                {"code":"T-NO-%s","name":"Autre","type":"CLASSROOM","seatCapacity":0}""".formatted(SUFFIX), "fr");
        Http.assertProblem(none, 422, "room.capacity.notPositive");
        assertEquals("seatCapacity", none.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.assertProblem(Http.as("staff.digitalcity").post(rooms, """
                {"code":"T-DC-%s","name":"Autre","type":"CLASSROOM","seatCapacity":10}""".formatted(SUFFIX), "fr"),
                403, "access.denied.record");
        for (String reader : List.of("board.technicity", "auditor", "manager.actiris")) {
            Http.Answer refused = send(Http.as(reader), "PUT", rooms + "/" + code, null, """
                    {"name":"Renommé","type":"WORKSHOP","seatCapacity":12,"version":%d}""".formatted(version));
            assertEquals(403, refused.status(), reader + " " + refused.body());
        }
        Http.Answer changed = send(staff, "PUT", rooms + "/" + code, "\"" + version + "\"", """
                {"name":"Atelier d'essai (rénové)","type":"WORKSHOP","seatCapacity":14,"equipment":["welding booth","fume hood"]}""");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(14, changed.json().getInt("seatCapacity"));
        Http.assertProblem(send(staff, "PUT", rooms + "/" + code, null, """
                {"name":"Atelier","type":"WORKSHOP","seatCapacity":14,"version":%d}""".formatted(version)), 409,
                "record.changedMeanwhile");

        Http.Answer closure = staff.post(api + "centres/TECHNICITY/closures", """
                {"startDate":"2047-07-21","endDate":"2047-07-21","kind":"OTHER","reason":"Fête nationale (pont)"}""",
                "fr");
        assertEquals(201, closure.status(), closure.body());
        Http.assertProblem(Http.as("staff.digitalcity").get(api + "centres/TECHNICITY/closures", "fr"), 403,
                "access.denied.record");
        Http.Answer removed = send(staff, "DELETE", api + "centres/TECHNICITY/closures/" + closure.json().getInt("id"),
                null, null);
        assertEquals(204, removed.status(), removed.body());
    }

    @Test
    void trainersAreChangedByThoseWhoPlanOneOfTheirCentresAndTheirTimesAreValid() {
        Http.User staff = Http.as("staff.technicity");
        String code = "TR-IT-" + SUFFIX;
        String body = """
                {"code":"%s","name":"Nora Vermeulen","partner":"BRUXELLES_FORMATION","centres":["TECHNICITY"],
                 "qualifications":["TEC-SOUD-01"],
                 "availability":[{"day":"MONDAY","start":"08:30","end":"16:30"},{"day":"TUESDAY","start":"08:30","end":"16:30"}],
                 "absences":[{"start":"2047-08-01","end":"2047-08-15"}]%s}""";
        Http.Answer created = staff.post(api + "trainers", body.formatted(code, ""), "fr");
        assertEquals(201, created.status(), created.body());
        long version = created.json().getJsonNumber("version").longValue();
        assertEquals(2, created.json().getJsonArray("availability").size());
        assertEquals(created.header("ETag"), staff.get(api + "trainers/" + code, "fr").header("ETag"),
                "the version answered is the one written");
        assertTrue(staff.get(api + "courses/TEC-SOUD-01", "fr").json().getJsonArray("qualifiedTrainers").toString()
                .contains(code));
        assertEquals(0, Http.as("manager.actiris").get(api + "courses/TEC-SOUD-01", "fr").json()
                .getJsonArray("qualifiedTrainers").size(), "trainers are named to those who read them only");

        Http.Answer backwards = staff.post(api + "trainers", body.formatted("TR-BW-" + SUFFIX, "")
                .replace("\"end\":\"16:30\"}]", "\"end\":\"07:00\"}]"), "fr");
        Http.assertProblem(backwards, 422, "slot.endNotAfterStart");
        Http.Answer overlap = staff.post(api + "trainers", body.formatted("TR-OV-" + SUFFIX, "")
                .replace("\"day\":\"TUESDAY\"", "\"day\":\"MONDAY\""), "fr");
        Http.assertProblem(overlap, 422, "trainer.availability.overlap");
        Http.assertProblem(Http.as("staff.technicity").post(api + "trainers", body.formatted(code, ""), "fr"), 409,
                "trainer.code.taken");

        Http.assertProblem(send(Http.as("staff.digitalcity"), "PUT", api + "trainers/" + code, null,
                body.formatted(code, ",\"version\":" + version)), 403, "access.denied");
        for (String reader : List.of("board.technicity", "auditor", "manager.actiris")) {
            Http.assertProblem(send(Http.as(reader), "PUT", api + "trainers/" + code, null,
                    body.formatted(code, ",\"version\":" + version)), 403, "access.denied");
        }
        Http.Answer changed = send(staff, "PUT", api + "trainers/" + code, null,
                body.formatted(code, ",\"version\":" + version).replace("Nora Vermeulen", "Nora Vermeulen-Diallo"));
        assertEquals(200, changed.status(), changed.body());
        Http.assertProblem(send(staff, "PUT", api + "trainers/" + code, null,
                body.formatted(code, ",\"version\":" + version)), 409, "record.changedMeanwhile");
        Http.assertProblem(send(staff, "PUT", api + "trainers/" + code, null,
                body.formatted(code, "").replace("[\"TECHNICITY\"]", "[\"TECHNICITY\",\"DIGITALCITY\"]")
                        .replace("{\"code", "{\"version\":" + (version + 1) + ",\"code")), 403,
                "access.denied.record");
    }
}
