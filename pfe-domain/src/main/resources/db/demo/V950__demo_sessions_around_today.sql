-- Sessions around the day the demo is loaded (the others are spread over the calendar year): whatever the time of
-- year, each centre has a session running and Technicity and Digitalcity one open for enrolment, with a trainer, a
-- weekly time (Fridays, which the other demonstration sessions leave free) and their meetings. Their statuses are
-- then kept in line with the calendar by the status job, like every session's.
create temporary table demo_now (
    course_code  varchar(40),
    centre_code  varchar(40),
    room_code    varchar(40),
    start_offset int,
    length_days  int,
    seats        int,
    status       varchar(20),
    trainer_code varchar(40),
    start_time   time,
    end_time     time
) on commit drop;

insert into demo_now values
    ('TEC-SOUD-01', 'TECHNICITY',  'T-A01', -28, 150, 10, 'RUNNING', 'MLEMAIRE', '09:00', '12:30'),
    ('TEC-ELEC-01', 'TECHNICITY',  'T-A02',  28, 150, 10, 'OPEN',    'MLEMAIRE', '13:30', '16:00'),
    ('DIG-NET-01',  'DIGITALCITY', 'D-LAB', -28, 150, 10, 'RUNNING', 'TDUPONT',  '09:00', '12:30'),
    ('DIG-DEV-01',  'DIGITALCITY', 'D-202',  28, 150, 10, 'OPEN',    'AELIDRISSI', '09:00', '12:30'),
    ('LOG-MAG-01',  'LOGISTICITY', 'L-WH1', -28, 150, 10, 'RUNNING', 'AELIDRISSI', '13:00', '16:00'),
    ('CON-ISO-01',  'CONSTRUCITY', 'C-C01', -28, 150, 10, 'RUNNING', 'LROSSI',   '09:00', '12:00');

insert into course_session (course_id, centre_id, room_id, start_date, end_date, seat_capacity, teaching_language, status)
select k.id, c.id, r.id, current_date + n.start_offset, current_date + n.start_offset + n.length_days, n.seats, 'FR',
       n.status
from demo_now n
join course k on k.code = n.course_code
join centre c on c.code = n.centre_code
join room r on r.centre_id = c.id and r.code = n.room_code;

create temporary table demo_now_session on commit drop as
select s.id, n.*
from demo_now n
join course k on k.code = n.course_code
join room r on r.code = n.room_code
join course_session s on s.course_id = k.id and s.room_id = r.id and s.start_date = current_date + n.start_offset;

insert into session_trainer (session_id, trainer_id)
select d.id, t.id from demo_now_session d join trainer t on t.code = d.trainer_code;

insert into session_weekly_slot (session_id, day_of_week, start_time, end_time)
select d.id, 'FRIDAY', d.start_time, d.end_time from demo_now_session d;

-- Fridays of the period, but Belgium's public holidays that fall on one (fixed days and Good Friday is not one;
-- Easter Monday, Ascension and Whit Monday never fall on a Friday)
insert into meeting (session_id, meeting_date, start_time, end_time, status)
select d.id, day::date, d.start_time, d.end_time, 'SCHEDULED'
from demo_now_session d
join course_session s on s.id = d.id
cross join lateral generate_series(s.start_date, s.end_date, interval '1 day') as day
where extract(isodow from day) = 5
  and (extract(month from day), extract(day from day)) not in ((1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25));
