package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static be.pfe.operations.web.it.Http.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The referring-partner rule over REST: a partner manager sees aggregates only, except the learners their own
 * organisation referred, whose enrolment and personal data they may read, and nothing more (a session in 2045).
 */
class ReferringPartnerIT {

    private static final Http.User ACTIRIS_MANAGER = Http.as("manager.actiris");
    private static String base;
    private static long session;
    private static int learners;
    private static final List<Long> LEARNERS = new ArrayList<>();

    @BeforeAll
    static void aSessionWithLearnersReferredByActirisByVdabAndByNobody() {
        base = RunningApplication.baseUrl();
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-NET-01","startDate":"2045-03-06","endDate":"2045-05-26",
                 "seatCapacity":12,"teachingLanguage":"FR"}""", "en");
        assertEquals(201, created.status(), created.body());
        session = created.json().getJsonNumber("id").longValue();
    }

    /**
     * Leaves no session newer than the journeys expect (they look for theirs among the newest): the session, its
     * enrolments and their learners go. Enrolment steps are append-only; the trigger that keeps them so is set
     * aside only inside this one transaction (its lock keeps the application out meanwhile).
     */
    @AfterAll
    static void removeTheSessionOf2045() {
        String learnerIds = LEARNERS.isEmpty() ? "0" : LEARNERS.stream().map(String::valueOf)
                .collect(Collectors.joining(","));
        TestDatabase.shared().execute("""
                begin;
                alter table enrolment_transition disable trigger enrolment_transition_append_only;
                delete from enrolment_transition where enrolment_id in (select id from enrolment where session_id = %d);
                alter table enrolment_transition enable trigger enrolment_transition_append_only;
                delete from enrolment where session_id = %d;
                delete from learner where id in (%s);
                delete from course_session where id = %d;
                commit;""".formatted(session, session, learnerIds, session));
    }

    private record Applied(long learner, long enrolment) {
    }

    private static Applied apply(String partner) {
        learners++;
        Http.Answer learner = Http.post(base + "api/v1/learners", """
                {"familyName":"Referred%d","givenName":"Learner","birthDate":"%s","email":"learner@example.be",
                 "language":"FR","entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY"}"""
                .formatted(learners, LocalDate.of(1990, 2, 1).plusDays(learners + System.nanoTime() % 3000)), "en");
        assertEquals(201, learner.status(), learner.body());
        long learnerId = learner.json().getJsonNumber("id").longValue();
        LEARNERS.add(learnerId);
        String partnerField = partner == null ? "" : ",\"partner\":\"" + partner + "\"";
        Http.Answer applied = Http.post(base + "api/v1/enrolments",
                "{\"learner\":%d,\"session\":%d%s}".formatted(learnerId, session, partnerField), "en");
        assertEquals(201, applied.status(), applied.body());
        return new Applied(learnerId, applied.json().getJsonNumber("id").longValue());
    }

    @Test
    void theManagerReadsTheLearnersTheirOrganisationReferredAndNoOtherOne() {
        Applied byActiris = apply("ACTIRIS");
        Applied byVdab = apply("VDAB_BRUSSEL");
        Applied byNobody = apply(null);

        Http.Answer enrolment = ACTIRIS_MANAGER.get(base + "api/v1/enrolments/" + byActiris.enrolment(), "en");
        assertEquals(200, enrolment.status(), enrolment.body());
        assertEquals(byActiris.enrolment(), enrolment.json().getJsonNumber("id").longValue());
        JsonObject learner = ACTIRIS_MANAGER.get(base + "api/v1/learners/" + byActiris.learner(), "en").json();
        assertEquals(byActiris.learner(), learner.getJsonNumber("id").longValue());
        assertEquals("Learner", learner.getString("givenName"));

        for (Applied other : new Applied[] {byVdab, byNobody}) {
            Http.Answer refused = ACTIRIS_MANAGER.get(base + "api/v1/enrolments/" + other.enrolment(), "en");
            assertProblem(refused, 403, "access.denied.record");
            assertFalse(refused.body().contains("Referred"), "nothing of the learner is told");
            assertProblem(ACTIRIS_MANAGER.get(base + "api/v1/learners/" + other.learner(), "en"), 403,
                    "access.denied.record");
        }
        assertProblem(ACTIRIS_MANAGER.get(base + "api/v1/enrolments/987654321", "en"), 403, "access.denied.record");
        assertProblem(Http.get(base + "api/v1/enrolments/987654321", "en"), 404, "enrolment.unknown");
    }

    @Test
    void readingItsLearnersGivesTheManagerNothingElse() {
        Applied byActiris = apply("ACTIRIS");
        String before = Http.get(base + "api/v1/enrolments/" + byActiris.enrolment(), "en").json().getString("status");
        assertProblem(ACTIRIS_MANAGER.current().post(base + "api/v1/enrolments/" + byActiris.enrolment() + "/steps",
                "{\"step\":\"SCREEN\"}", "en"), 403, "access.denied.record");
        assertEquals(before, Http.get(base + "api/v1/enrolments/" + byActiris.enrolment(), "en").json()
                .getString("status"), "the refused step changed nothing");
        assertEquals(403, ACTIRIS_MANAGER.get(base + "api/v1/enrolments?session=" + session, "en").status(),
                "the session's list stays closed");
        assertEquals(403, ACTIRIS_MANAGER.get(base + "api/v1/sessions/" + session, "en").status());
        // a Technicity staff member does not read a Digitalcity enrolment, referred or not
        assertProblem(Http.as("staff.technicity").get(base + "api/v1/enrolments/" + byActiris.enrolment(), "en"),
                403, "access.denied.record");
    }
}
