-- A session meets at most once at a given day and start time, counting only the meetings that take place:
-- a cancelled meeting stays as a record, and a make-up meeting (or the whole session moved by some days) may
-- take its day and time again. Checked at commit, so that moving all meetings of a session by a week, one row
-- after the other, does not trip over a meeting that is about to move too.
alter table meeting drop constraint meeting_session_id_meeting_date_start_time_key;
alter table meeting add constraint meeting_scheduled_once
    exclude using btree (session_id with =, meeting_date with =, start_time with =)
    where (status = 'SCHEDULED') deferrable initially deferred;
create index meeting_session on meeting (session_id, meeting_date);
