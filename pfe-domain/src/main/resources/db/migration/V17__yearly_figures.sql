-- The yearly figures (pfe-reporting yearly, docs/counting-rules.md).
--
-- When a session was cancelled: a session cancelled after its first day still trained its learners and counts in
-- the year's spots; one cancelled on or before its first day never ran and does not. The date is kept by the
-- database itself whenever the status becomes CANCELLED (the application need not know the column). Sessions
-- cancelled before this migration have no date and count as cancelled before their start.
alter table course_session add column cancelled_on date;

create function course_session_cancelled_on() returns trigger language plpgsql as $$
begin
    if new.status = 'CANCELLED' then
        if new.cancelled_on is null and (tg_op = 'INSERT' or old.status <> 'CANCELLED') then
            new.cancelled_on := current_date;
        end if;
    else
        new.cancelled_on := null;
    end if;
    return new;
end $$;

create trigger course_session_cancelled_on before insert or update of status on course_session
    for each row execute function course_session_cancelled_on();

-- The figures read a year of sessions (all centres at once for the all-centres report), placements by period
-- and validation candidates by session; screenings by date across centres.
create index course_session_period on course_session (start_date, end_date);
create index screening_date on screening (screened_on);
create index placement_period on placement (start_date, end_date);
