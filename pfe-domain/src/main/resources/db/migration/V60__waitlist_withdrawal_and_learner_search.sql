-- A waitlisted learner can be removed from the waitlist (status WITHDRAWN, final): like the other final statuses,
-- it no longer counts as the learner's open enrolment in the session, so they may apply again later.
drop index enrolment_open_per_session;
create unique index enrolment_open_per_session on enrolment (learner_id, session_id)
    where status not in ('REFUSED', 'DROPPED_OUT', 'COMPLETED', 'WITHDRAWN', 'SESSION_CANCELLED');

-- The learner search: by birth date, and the centre that registered them (the search's scope).
create index if not exists learner_birth_date on learner (birth_date);
create index if not exists learner_registered_at_centre on learner (registered_at_centre_id);
