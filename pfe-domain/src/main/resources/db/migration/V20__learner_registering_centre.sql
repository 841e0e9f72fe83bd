-- The centre that registered a learner knows them from that moment (before any enrolment), so that its staff can
-- enrol them; no other centre reaches them until it enrols, places, screens or assesses them too.
alter table learner add column registered_at_centre_id bigint references centre (id);

-- Learners registered before: known through their records only (enrolments, placements, screenings, validations).
