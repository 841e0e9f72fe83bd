-- The occupancy figures (pfe-reporting occupancy) add up the hours of the scheduled meetings each enrolment attended
-- (marked present or late). A year of twenty centres is some 170,000 such marks; this summary holds them counted per
-- session, month (its first day), meeting length and enrolment, some three times fewer rows, read instead of the marks.
-- It is kept exact by the triggers below, in the same transaction as every change to a mark or to a meeting (status,
-- date, times, session), including deletions and truncations; nothing else writes it.
create table attended_meetings (
    session_id   bigint   not null references course_session (id) on delete cascade,
    month        date     not null,
    length       interval not null,
    enrolment_id bigint   not null references enrolment (id) on delete cascade,
    meetings     integer  not null check (meetings > 0),
    primary key (session_id, month, length, enrolment_id)
);
create index attended_meetings_month on attended_meetings (month);
create index attended_meetings_enrolment on attended_meetings (enrolment_id);

-- Adds delta (+1 or -1) attended meetings to one row of the summary; a row that reaches 0 goes.
create function attended_meetings_add(p_session bigint, p_day date, p_length interval, p_enrolment bigint,
                                      p_delta integer) returns void language plpgsql as $$
declare
    v_month date := cast(date_trunc('month', p_day) as date);
begin
    if p_delta > 0 then
        insert into attended_meetings (session_id, month, length, enrolment_id, meetings)
        values (p_session, v_month, p_length, p_enrolment, p_delta)
        on conflict (session_id, month, length, enrolment_id)
            do update set meetings = attended_meetings.meetings + excluded.meetings;
    else
        delete from attended_meetings
        where session_id = p_session and month = v_month and length = p_length and enrolment_id = p_enrolment
          and meetings + p_delta = 0;
        if not found then
            update attended_meetings set meetings = meetings + p_delta
            where session_id = p_session and month = v_month and length = p_length and enrolment_id = p_enrolment;
        end if;
    end if;
end
$$;

-- A mark added, changed or removed: the old mark no longer counts, the new one does (each only when present or late
-- at a scheduled meeting). A mark removed along with its meeting finds no meeting: the meeting's own trigger has
-- already taken its marks out.
create function attendance_attended_meetings() returns trigger language plpgsql as $$
declare
    m meeting%rowtype;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.mark in ('PRESENT', 'LATE') then
        select * into m from meeting where id = old.meeting_id;
        if found and m.status = 'SCHEDULED' then
            perform attended_meetings_add(m.session_id, m.meeting_date, m.end_time - m.start_time, old.enrolment_id, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.mark in ('PRESENT', 'LATE') then
        select * into m from meeting where id = new.meeting_id;
        if m.status = 'SCHEDULED' then
            perform attended_meetings_add(m.session_id, m.meeting_date, m.end_time - m.start_time, new.enrolment_id, 1);
        end if;
    end if;
    return null;
end
$$;

create trigger attendance_attended_meetings after insert or update or delete on attendance
    for each row execute function attendance_attended_meetings();

-- A meeting cancelled, moved, given other times or deleted: its attended marks leave the old session, month and
-- length, and (still scheduled) join the new ones.
create function meeting_attended_meetings() returns trigger language plpgsql as $$
declare
    a record;
begin
    if tg_op = 'UPDATE' and old.status = new.status and old.session_id = new.session_id
            and date_trunc('month', old.meeting_date) = date_trunc('month', new.meeting_date)
            and old.end_time - old.start_time = new.end_time - new.start_time then
        return new;
    end if;
    if old.status = 'SCHEDULED' then
        for a in select enrolment_id from attendance where meeting_id = old.id and mark in ('PRESENT', 'LATE') loop
            perform attended_meetings_add(old.session_id, old.meeting_date, old.end_time - old.start_time,
                                          a.enrolment_id, -1);
        end loop;
    end if;
    if tg_op = 'UPDATE' and new.status = 'SCHEDULED' then
        for a in select enrolment_id from attendance where meeting_id = new.id and mark in ('PRESENT', 'LATE') loop
            perform attended_meetings_add(new.session_id, new.meeting_date, new.end_time - new.start_time,
                                          a.enrolment_id, 1);
        end loop;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger meeting_attended_meetings_change
    after update of status, session_id, meeting_date, start_time, end_time on meeting
    for each row execute function meeting_attended_meetings();
-- before the delete, while the meeting's marks are still there to be taken out
create trigger meeting_attended_meetings_delete before delete on meeting
    for each row execute function meeting_attended_meetings();

-- Emptying the marks or the meetings empties the summary (a delete: the truncation may already include it).
create function attended_meetings_truncate() returns trigger language plpgsql as $$
begin
    delete from attended_meetings;
    return null;
end
$$;

create trigger attendance_attended_meetings_truncate after truncate on attendance
    for each statement execute function attended_meetings_truncate();
create trigger meeting_attended_meetings_truncate after truncate on meeting
    for each statement execute function attended_meetings_truncate();

-- The marks recorded so far.
insert into attended_meetings (session_id, month, length, enrolment_id, meetings)
select m.session_id, cast(date_trunc('month', m.meeting_date) as date), m.end_time - m.start_time, a.enrolment_id,
       count(*)
from attendance a
join meeting m on m.id = a.meeting_id
where a.mark in ('PRESENT', 'LATE') and m.status = 'SCHEDULED'
group by 1, 2, 3, 4;
