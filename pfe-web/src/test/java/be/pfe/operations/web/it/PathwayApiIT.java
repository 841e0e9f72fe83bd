package be.pfe.operations.web.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static be.pfe.operations.web.it.Http.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Companies, screenings, placements and the learner's pathway over REST (a Technicity session in 2046): a wrong
 * enterprise number is 422, a second registration 409; a screening screens the enrolment; a Digitalcity staff
 * member is refused (403); an auditor reads the pathway without the learner's name.
 */
class PathwayApiIT {

    private static final String NUMBER = "0444000078";
    private static final Http.User TECHNICITY = Http.as("staff.technicity");
    private static String base;
    private static long session;
    private static long learner;
    private static long enrolment;

    @BeforeAll
    static void aLearnerWhoAppliedForATechnicitySession() {
        base = RunningApplication.baseUrl();
        PathwayCleanup.Enrolled applied = PathwayCleanup.applied(base, "TEC-SOUD-01", "2046-03-05", "2046-06-26",
                "Pathway");
        session = applied.session();
        learner = applied.learner();
        enrolment = applied.enrolment();
    }

    @AfterAll
    static void removeThem() {
        PathwayCleanup.remove(session, NUMBER);
    }

    @Test
    void theWholePathwayOverRest() {
        // companies: a wrong number refused in the reader's language, then registered once
        Http.Answer wrong = TECHNICITY.post(base + "api/v1/companies",
                "{\"enterpriseNumber\":\"0444.000.079\",\"name\":\"Ateliers 2046\",\"sector\":\"TECHNOLOGY_INDUSTRY\"}", "fr");
        assertProblem(wrong, 422, "enterpriseNumber.checkDigits");
        assertTrue(wrong.body().contains("ne correspondent pas"), wrong.body());
        Http.Answer company = TECHNICITY.post(base + "api/v1/companies",
                "{\"enterpriseNumber\":\"BE 0444 000 078\",\"name\":\"Ateliers 2046\",\"sector\":\"TECHNOLOGY_INDUSTRY\"}", "en");
        assertEquals(201, company.status(), company.body());
        assertEquals("0444.000.078", company.json().getString("enterpriseNumber"));
        long companyId = company.json().getJsonNumber("id").longValue();
        assertProblem(TECHNICITY.post(base + "api/v1/companies",
                "{\"enterpriseNumber\":\"444000078\",\"name\":\"Twice\",\"sector\":\"DIGITAL\"}", "en"), 409,
                "company.alreadyRegistered");
        assertEquals(companyId, TECHNICITY.get(base + "api/v1/companies?q=0444.000", "en").structure().asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue());
        Http.Answer withNeed = TECHNICITY.current().post(base + "api/v1/companies/" + companyId + "/recruitment-needs",
                "{\"centre\":\"TECHNICITY\",\"jobTitle\":\"Welder\",\"posts\":2,\"recordedOn\":\"2046-02-01\"}", "en");
        assertEquals(200, withNeed.status(), withNeed.body());
        assertEquals("OPEN", withNeed.json().getJsonArray("recruitmentNeeds").getJsonObject(0).getString("status"));

        // a screening screens the enrolment
        Http.Answer screening = TECHNICITY.post(base + "api/v1/screenings", """
                {"learnerId":%d,"centreCode":"TECHNICITY","enrolmentId":%d,"screenedOn":"2026-01-05",
                 "assessor":"Hugo Martin","testsTaken":"welding PA","result":"75/100","recommendation":"ADMIT"}"""
                .formatted(learner, enrolment), "en");
        assertEquals(201, screening.status(), screening.body());
        assertEquals("SCREENED", Http.get(base + "api/v1/enrolments/" + enrolment, "en").json().getString("status"));

        // a placement found by its number, before the session refused, then recorded and moved along
        assertProblem(TECHNICITY.post(base + "api/v1/placements", placement("2046-03-04", "2046-04-30"), "en"), 422,
                "placement.beforeEnrolment");
        Http.Answer placed = TECHNICITY.post(base + "api/v1/placements", placement("2046-03-09", "2046-04-30"), "en");
        assertEquals(201, placed.status(), placed.body());
        long placement = placed.json().getJsonNumber("id").longValue();
        assertProblem(TECHNICITY.post(base + "api/v1/placements", placement("2046-04-30", "2046-05-15"), "en"), 409,
                "placement.overlap");
        assertEquals("SIGNED", TECHNICITY.current().post(base + "api/v1/placements/" + placement + "/steps",
                "{\"step\":\"SIGN\"}", "en").json().getString("status"));
        assertEquals("RUNNING", TECHNICITY.current().post(base + "api/v1/placements/" + placement + "/steps",
                "{\"step\":\"START\"}", "en").json().getString("status"));
        assertEquals(1, TECHNICITY.current().post(base + "api/v1/placements/" + placement + "/visits",
                "{\"date\":\"2046-03-20\",\"visitedBy\":\"Sofia Coach\",\"notes\":\"fine\"}", "en").json()
                .getJsonArray("visits").size());
        Http.Answer ended = TECHNICITY.current().post(base + "api/v1/placements/" + placement + "/steps",
                "{\"step\":\"END_EARLY\",\"date\":\"2046-04-10\",\"reason\":\"hired elsewhere\",\"outcome\":\"OTHER_JOB\"}", "en");
        assertEquals("ENDED_EARLY", ended.json().getString("status"), ended.body());

        // the pathway
        JsonObject pathway = TECHNICITY.get(base + "api/v1/learners/" + learner + "/pathway", "en").json();
        assertEquals("Pathway", pathway.getString("familyName"));
        List<String> kinds = pathway.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("kind")).toList();
        assertEquals(List.of("SCREENING", "ENROLMENT", "PLACEMENT"), kinds);
        JsonObject placedEntry = pathway.getJsonArray("timeline").getJsonObject(2);
        assertEquals("2046-04-10", placedEntry.getString("until"));
        assertEquals("staff.technicity", placedEntry.getString("recordedBy"));
        assertEquals("OTHER_JOB", placedEntry.getString("outcome"));

        // another centre's staff: refused; an auditor: read-only and without the name
        Http.User digitalcity = Http.as("staff.digitalcity");
        assertProblem(digitalcity.get(base + "api/v1/learners/" + learner + "/pathway", "en"), 403, "access.denied.record");
        assertProblem(digitalcity.get(base + "api/v1/placements/" + placement, "en"), 403, "access.denied.record");
        assertProblem(digitalcity.current().post(base + "api/v1/placements/" + placement + "/visits",
                "{\"date\":\"2046-03-21\",\"visitedBy\":\"Someone\"}", "en"), 403, "access.denied.record");
        Http.Answer audited = Http.as("auditor").get(base + "api/v1/learners/" + learner + "/pathway", "en");
        assertEquals(200, audited.status(), audited.body());
        assertTrue(audited.json().getBoolean("pseudonymous"));
        assertFalse(audited.body().contains("Pathway\""), audited.body());
        assertProblem(Http.as("auditor").post(base + "api/v1/screenings", "{\"learnerId\":%d,\"centreCode\":\"TECHNICITY\"}"
                .formatted(learner), "en"), 403, "access.denied.centre");
    }

    private static String placement(String start, String end) {
        return """
                {"learner":%d,"enterpriseNumber":"0444.000.078","centre":"TECHNICITY","enrolment":%d,
                 "type":"INDIVIDUAL_VOCATIONAL","startDate":"%s","endDate":"%s","hours":160,
                 "workplaceTutor":"Marc Dupont","centreCoach":"Sofia Coach"}""".formatted(learner, enrolment, start, end);
    }
}
