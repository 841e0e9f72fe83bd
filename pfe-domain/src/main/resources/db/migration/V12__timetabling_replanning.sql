-- Re-planning after a trainer's absence: the job names the trainer who can no longer teach during its term;
-- the sessions they teach then need another trainer (and if need be another room) at the same times.
alter table timetabling_job add column absent_trainer_id bigint references trainer (id) on delete cascade;
