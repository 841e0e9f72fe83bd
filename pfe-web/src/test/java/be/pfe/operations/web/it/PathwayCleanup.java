package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sets up a learner applied for a 2046 Technicity session for the pathway ITs, and removes what they created (placements, screenings, enrolments and their steps,
 * learners, the session and the company), so that the journeys that look for their session among the newest find
 * it. Enrolment steps are append-only; their trigger is set aside only inside this one transaction.
 */
final class PathwayCleanup {

    private PathwayCleanup() {
    }

    /** A Technicity session of the course and period, a new learner of that family name, and their application. */
    record Enrolled(long session, long learner, long enrolment) {
    }

    static Enrolled applied(String base, String course, String start, String end, String familyName) {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"%s","startDate":"%s","endDate":"%s",
                 "seatCapacity":12,"teachingLanguage":"FR"}""".formatted(course, start, end), "en");
        assertEquals(201, created.status(), created.body());
        long session = created.json().getJsonNumber("id").longValue();
        Http.Answer registered = Http.post(base + "api/v1/learners", """
                {"familyName":"%s","givenName":"Placement","birthDate":"1993-07-%02d","language":"FR",
                 "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY"}"""
                .formatted(familyName, 1 + (int) (System.nanoTime() % 28)), "en");
        assertEquals(201, registered.status(), registered.body());
        long learner = registered.json().getJsonNumber("id").longValue();
        Http.Answer applied = Http.post(base + "api/v1/enrolments",
                "{\"learner\":%d,\"session\":%d}".formatted(learner, session), "en");
        assertEquals(201, applied.status(), applied.body());
        return new Enrolled(session, learner, applied.json().getJsonNumber("id").longValue());
    }

    static void remove(long session, String enterpriseNumber) {
        TestDatabase.shared().execute("""
                begin;
                create temporary table it_learners on commit drop as
                    select learner_id as id from enrolment where session_id = %1$d;
                delete from placement_visit where placement_id in (select id from placement where learner_id in (select id from it_learners));
                delete from placement where learner_id in (select id from it_learners);
                delete from screening where learner_id in (select id from it_learners);
                alter table enrolment_transition disable trigger enrolment_transition_append_only;
                delete from enrolment_transition where enrolment_id in (select id from enrolment where session_id = %1$d);
                alter table enrolment_transition enable trigger enrolment_transition_append_only;
                delete from attendance where enrolment_id in (select id from enrolment where session_id = %1$d);
                delete from enrolment where session_id = %1$d;
                delete from learner where id in (select id from it_learners);
                delete from course_session where id = %1$d;
                delete from company where enterprise_number = '%2$s';
                commit;""".formatted(session, enterpriseNumber));
    }
}
