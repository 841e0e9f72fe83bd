-- The occupancy and yearly figures count a drop-out (or an enrolment of a cancelled session) as a seat held only when
-- it was once admitted to that session: "exists (select 1 from enrolment_transition t where t.enrolment_id = e.id and
-- t.session_id = e.session_id and t.to_status = 'ADMITTED')", asked once per such enrolment (some 11,000 for a year of
-- twenty centres). The unique (enrolment_id, step_number) index found the enrolment's steps and read each from the
-- table to check its session and status; this partial index answers the question from the index alone (issue 18,
-- docs/performance.md).
create index enrolment_transition_admitted on enrolment_transition (enrolment_id, session_id)
    where to_status = 'ADMITTED';
