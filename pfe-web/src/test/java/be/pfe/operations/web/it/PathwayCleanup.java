package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;

/**
 * Removes what a pathway IT created in its 2046 session (placements, screenings, enrolments and their steps,
 * learners, the session and the company), so that the journeys that look for their session among the newest find
 * it. Enrolment steps are append-only; their trigger is set aside only inside this one transaction.
 */
final class PathwayCleanup {

    private PathwayCleanup() {
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
