package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Automatic timetabling over the REST API of the running application: a job is queued, solved in the
 * background, and its proposal applied; bad requests are refused with problem documents. Its term is in 2032,
 * a year no other test uses.
 */
class TimetablingApiIT {

    private static final String TERM_START = "2032-02-02";
    private static final String TERM_END = "2032-03-26";

    private static String base;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
        // a trainer for the course, at Digitalcity; trainers have no API of their own yet
        TestDatabase database = TestDatabase.shared();
        database.execute("""
                insert into trainer (code, name, partner_id)
                select 'IT-TIMETABLING', 'Timetabling trainer', id from partner_organisation where code = 'BRUXELLES_FORMATION'
                on conflict (code) do nothing""");
        database.execute("""
                insert into trainer (code, name, partner_id)
                select 'IT-TIMETABLING-2', 'Second timetabling trainer', id from partner_organisation where code = 'CEFORA'
                on conflict (code) do nothing""");
        database.execute("""
                insert into trainer_centre (trainer_id, centre_id)
                select t.id, c.id from trainer t, centre c where t.code like 'IT-TIMETABLING%' and c.code = 'DIGITALCITY'
                on conflict do nothing""");
        database.execute("""
                insert into trainer_qualification (trainer_id, course_id)
                select t.id, k.id from trainer t, course k where t.code like 'IT-TIMETABLING%' and k.code = 'DIG-OFF-01'
                on conflict do nothing""");
    }

    private static long unplacedSession(int seats) {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-OFF-01","startDate":"%s","endDate":"%s","seatCapacity":%d,
                 "teachingLanguage":"FR"}""".formatted(TERM_START, TERM_END, seats), "en");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String job(String centre, Object timeLimit) {
        return """
                {"centre":"%s","termStart":"%s","termEnd":"%s","timeLimitSeconds":%s}"""
                .formatted(centre, TERM_START, TERM_END, timeLimit);
    }

    private static JsonObject awaitProposal(String url) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject job = Http.get(url, "fr").json();
            if (!job.getString("status").equals("QUEUED") && !job.getString("status").equals("SOLVING")) {
                return job;
            }
            assertTrue(System.nanoTime() < deadline, "still " + job.getString("status"));
            Thread.sleep(250);
        }
    }

    @Test
    void aTermIsPlannedInTheBackgroundAndItsProposalApplied() throws InterruptedException {
        long first = unplacedSession(8);
        long second = unplacedSession(8);

        Http.Answer queued = Http.post(base + "api/v1/timetabling/jobs", job("DIGITALCITY", 5), "fr");
        assertEquals(202, queued.status(), queued.body());
        assertNotNull(queued.location());
        assertTrue(java.util.Set.of("QUEUED", "SOLVING").contains(queued.json().getString("status")), queued.body());

        JsonObject proposed = awaitProposal(queued.location());
        assertEquals("PROPOSED", proposed.getString("status"), proposed.toString());
        assertEquals("Proposition prête", proposed.getString("statusLabel"));
        assertEquals(2, proposed.getInt("sessionsToPlace"));
        assertEquals(0, proposed.getJsonObject("score").getInt("hard"), proposed.toString());
        assertEquals(2, proposed.getJsonArray("proposal").size());
        assertTrue(Http.get(base + "api/v1/sessions/" + first + "/meetings", "en").body().equals("[]"),
                "nothing is written before the proposal is applied");

        Http.Answer applied = Http.post(queued.location() + "/apply", "{}", "en");
        assertEquals(200, applied.status(), applied.body());
        assertEquals("APPLIED", applied.json().getString("status"));
        for (long session : new long[] {first, second}) {
            Http.Answer meetings = Http.get(base + "api/v1/sessions/" + session + "/meetings", "en");
            assertTrue(meetings.body().length() > 2, "session " + session + " has its meetings: " + meetings.body());
        }

        long jobId = applied.json().getJsonNumber("id").longValue();
        Http.Answer page = Http.get(base + "timetabling.xhtml?job=" + jobId, "en");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Job " + jobId + " – Applied"), "the page shows the applied job");
        assertTrue(page.body().contains("DIG-OFF-01"), "with its proposal");

        Http.assertProblem(Http.post(queued.location() + "/apply", "{}", "en"), 422, "timetabling.job.notInStatus");
        Http.assertProblem(Http.post(base + "api/v1/timetabling/jobs", job("DIGITALCITY", 5), "en"), 422,
                "timetabling.nothingToPlace");
    }

    @Test
    void whenATrainerFallsIllTheirSessionIsReplannedWithAnotherTrainerAtTheSameTimes() throws InterruptedException {
        TestDatabase database = TestDatabase.shared();
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-OFF-01","room":"D-STU","startDate":"2032-04-05",
                 "endDate":"2032-05-28","seatCapacity":8,"teachingLanguage":"FR"}""", "en");
        assertEquals(201, created.status(), created.body());
        long session = created.json().getJsonNumber("id").longValue();
        database.execute("insert into session_trainer (session_id, trainer_id) select " + session
                + ", id from trainer where code = 'IT-TIMETABLING'");
        assertEquals(200, Http.current().put(base + "api/v1/sessions/" + session + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"THURSDAY\",\"start\":\"13:30\",\"end\":\"16:00\"}]}", "en").status());
        int meetings = Http.get(base + "api/v1/sessions/" + session + "/meetings", "en").structure().asJsonArray().size();
        String taughtBySick = "session_trainer st join trainer t on t.id = st.trainer_id where t.code = 'IT-TIMETABLING' "
                + "and st.session_id = " + session;

        Http.Answer queued = Http.post(base + "api/v1/timetabling/jobs", """
                {"absentTrainer":"IT-TIMETABLING","termStart":"2032-04-05","termEnd":"2032-05-28","timeLimitSeconds":5}""",
                "en");
        assertEquals(202, queued.status(), queued.body());
        JsonObject proposed = awaitProposal(queued.location());
        assertEquals("PROPOSED", proposed.getString("status"), proposed.toString());
        assertEquals("Timetabling trainer", proposed.getString("absentTrainer"));
        assertEquals(0, proposed.getJsonObject("score").getInt("hard"), proposed.toString());
        assertEquals(1, database.count(taughtBySick), "nothing changes before the re-planning is applied");

        assertEquals(200, Http.post(queued.location() + "/apply", "{}", "en").status());

        assertEquals(0, database.count(taughtBySick));
        assertEquals(1, database.count("session_trainer where session_id = " + session), "another trainer took over");
        assertEquals(meetings, Http.get(base + "api/v1/sessions/" + session + "/meetings", "en").structure()
                .asJsonArray().size(), "at the same times");
        Http.assertProblem(Http.post(base + "api/v1/timetabling/jobs", """
                {"absentTrainer":"NOBODY","termStart":"2032-04-05","termEnd":"2032-05-28"}""", "en"), 422, "trainer.unknown");
    }

    @Test
    void badRequestsAreRefusedAndQueueNothing() {
        int before = Http.get(base + "api/v1/timetabling/jobs", "en").structure().asJsonArray().size();
        Http.assertProblem(Http.post(base + "api/v1/timetabling/jobs", job("DIGITALCITY", 1), "nl"), 422,
                "timetabling.job.timeLimit.invalid");
        Http.assertProblem(Http.post(base + "api/v1/timetabling/jobs", job("NOWHERE", 5), "en"), 422, "centre.unknown");
        Http.assertProblem(Http.post(base + "api/v1/timetabling/jobs", null, "en"), 400, "request.body.missing");
        Http.assertProblem(Http.get(base + "api/v1/timetabling/jobs/abc", "en"), 400, "request.parameter.invalid");
        Http.assertProblem(Http.get(base + "api/v1/timetabling/jobs/987654321", "en"), 404, "timetabling.job.unknown");
        assertEquals(before, Http.get(base + "api/v1/timetabling/jobs", "en").structure().asJsonArray().size());
    }
}
