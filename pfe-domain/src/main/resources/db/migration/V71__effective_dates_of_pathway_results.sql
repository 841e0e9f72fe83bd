-- Historical records (issue 16), continued: the day each result of a learner's pathway happened, apart from when it
-- was recorded (recorded_at, recorded_by), and whether it was recorded beyond the back-dating window.
--
-- A placement's steps: the day its agreement was signed (its start and its early end have their days already:
-- start_date, ended_early_on), the day its outcome at the end was known (the day it ended when not given).
alter table placement add column signed_on date;
alter table placement add column outcome_on date;
alter table placement add column backdated boolean not null default false;

-- A validation candidate's result: the day it was known (the test's day when not given).
alter table validation_candidate add column result_on date;
alter table validation_candidate add column backdated boolean not null default false;

-- A screening's day is screened_on already.
alter table screening add column backdated boolean not null default false;

-- A session closed before its last day: the day it was closed (may lie in the past: back-dated like a cancellation).
alter table course_session add column closed_on date;
alter table session_history add column effective_on date;
alter table session_history add column backdated boolean not null default false;

