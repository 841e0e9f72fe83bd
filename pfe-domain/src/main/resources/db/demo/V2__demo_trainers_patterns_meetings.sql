-- Demonstration timetables: trainers of the partner organisations, the weekly times of the demonstration
-- sessions, two more sessions sharing a room with another one (afternoons), and their meetings generated over
-- each session's period, skipping Belgium's public holidays (the Easter-based ones computed here the way
-- PublicHoliday does). Dates are relative to the year the demo is loaded, like the sessions of V1.
-- A few conflicts are left on purpose, so that the conflicts list and the calendar have something to show:
-- a building closure decided after the meetings were planned, a trainer booked in two centres by a make-up
-- meeting, a trainer not (yet) qualified for a course, accepted with a reason.

-- what the rooms are equipped with, and what some courses need
insert into room_equipment (room_id, tag)
select r.id, e.tag
from (values ('D-LAB', 'CISCO lab'), ('D-LAB', 'Projector'), ('D-STU', 'Video editing'), ('D-AUD', 'Projector'),
             ('T-A01', 'Welding booth'), ('T-A02', 'Electrical panels'), ('L-WH1', 'Forklift')) as e (room_code, tag)
join room r on r.code = e.room_code;

update course set required_room_type = 'LAB' where code = 'DIG-NET-01';
insert into course_equipment (course_id, tag)
select k.id, e.tag
from (values ('DIG-NET-01', 'CISCO lab'), ('TEC-SOUD-01', 'Welding booth'), ('LOG-MAG-01', 'Forklift')) as e (course_code, tag)
join course k on k.code = e.course_code;

insert into trainer (code, name, partner_id)
select t.code, t.name, p.id
from (values
    ('MLEMAIRE', 'Marc Lemaire',      'FRM_BRUSSELS'),
    ('SJANSSENS', 'Sofie Janssens',   'VDAB_BRUSSEL'),
    ('AELIDRISSI', 'Amina El Idrissi', 'BRUXELLES_FORMATION'),
    ('TDUPONT', 'Thomas Dupont',      'CEFORA'),
    ('KPEETERS', 'Koen Peeters',      'FSTL'),
    ('LROSSI', 'Lucia Rossi',         'SFPME'),
    ('YMBEKI', 'Yannick Mbeki',       'BRUXELLES_FORMATION')
) as t (code, name, partner_code)
join partner_organisation p on p.code = t.partner_code;

insert into trainer_centre (trainer_id, centre_id)
select t.id, c.id
from (values
    ('MLEMAIRE', 'TECHNICITY'), ('SJANSSENS', 'TECHNICITY'), ('AELIDRISSI', 'DIGITALCITY'),
    ('AELIDRISSI', 'LOGISTICITY'), ('TDUPONT', 'DIGITALCITY'), ('KPEETERS', 'LOGISTICITY'),
    ('LROSSI', 'CONSTRUCITY'), ('YMBEKI', 'CONSTRUCITY'), ('YMBEKI', 'TECHNICITY')
) as w (trainer_code, centre_code)
join trainer t on t.code = w.trainer_code
join centre c on c.code = w.centre_code;

insert into trainer_qualification (trainer_id, course_id)
select t.id, k.id
from (values
    ('MLEMAIRE', 'TEC-SOUD-01'), ('MLEMAIRE', 'TEC-ELEC-01'), ('SJANSSENS', 'TEC-MAIN-NL'),
    ('AELIDRISSI', 'DIG-DEV-01'), ('AELIDRISSI', 'DIG-OFF-01'), ('AELIDRISSI', 'LOG-MAG-01'),
    ('TDUPONT', 'DIG-NET-01'), ('TDUPONT', 'DIG-OFF-01'), ('KPEETERS', 'LOG-MAG-01'), ('KPEETERS', 'LOG-CHC-01'),
    ('LROSSI', 'CON-MAC-01'), ('LROSSI', 'CON-ISO-01'), ('YMBEKI', 'CON-MAC-01'), ('YMBEKI', 'TEC-MAIN-NL')
) as q (trainer_code, course_code)
join trainer t on t.code = q.trainer_code
join course k on k.code = q.course_code;

-- everybody teaches on weekdays, 08:00 to 17:00
insert into trainer_availability (trainer_id, day_of_week, start_time, end_time)
select t.id, d.day, time '08:00', time '17:00'
from trainer t
cross join (values ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY')) as d (day)
where t.code in ('MLEMAIRE', 'SJANSSENS', 'AELIDRISSI', 'TDUPONT', 'KPEETERS', 'LROSSI', 'YMBEKI');

-- two sessions that share a room with a morning session over the same weeks, in the afternoons
insert into course_session (course_id, centre_id, room_id, start_date, end_date, seat_capacity, teaching_language, status)
select k.id, c.id, r.id,
       date_trunc('year', current_date)::date + s.start_offset,
       date_trunc('year', current_date)::date + s.start_offset + s.length_days,
       s.seats, s.lang, s.status
from (values
    ('DIG-OFF-01', 'DIGITALCITY', 'D-201', 10, 110, 15, 'FR', 'OPEN'),
    ('CON-ISO-01', 'CONSTRUCITY', 'C-C01', -30, 90, 12, 'NL', 'OPEN')
) as s (course_code, centre_code, room_code, start_offset, length_days, seats, lang, status)
join course k on k.code = s.course_code
join centre c on c.code = s.centre_code
join room r on r.centre_id = c.id and r.code = s.room_code;

-- the demonstration sessions, told apart by course, room and start; who teaches them and when
create temporary table demo_timetable (
    course_code  varchar(40),
    room_code    varchar(40),
    start_offset int,
    trainer_code varchar(40),
    days         varchar(9)[],
    start_time   time,
    end_time     time
) on commit drop;

insert into demo_timetable values
    ('TEC-SOUD-01', 'T-A01', -200, 'MLEMAIRE',   array['MONDAY', 'TUESDAY'], '09:00', '12:30'),
    ('TEC-SOUD-01', 'T-A01',   20, 'MLEMAIRE',   array['MONDAY', 'TUESDAY'], '09:00', '12:30'),
    ('TEC-SOUD-01', 'T-A01',   20, null,         array['MONDAY', 'TUESDAY'], '13:30', '16:00'),
    ('TEC-ELEC-01', 'T-A02',   40, 'MLEMAIRE',   array['WEDNESDAY', 'THURSDAY'], '09:00', '12:30'),
    ('TEC-MAIN-NL', 'T-C11',   60, 'SJANSSENS',  array['MONDAY', 'WEDNESDAY'], '13:30', '16:00'),
    ('TEC-MAIN-NL', 'T-C11',   60, 'YMBEKI',     array[]::varchar[], null, null),
    ('DIG-DEV-01',  'D-201',   10, 'AELIDRISSI', array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], '09:00', '12:30'),
    ('DIG-OFF-01',  'D-201',   10, 'AELIDRISSI', array['MONDAY', 'WEDNESDAY'], '13:30', '16:00'),
    ('DIG-DEV-01',  'D-202',  250, 'AELIDRISSI', array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], '09:00', '12:30'),
    ('DIG-NET-01',  'D-LAB',   30, 'TDUPONT',    array['TUESDAY', 'THURSDAY'], '13:30', '16:30'),
    ('DIG-OFF-01',  'D-AUD',   90, 'TDUPONT',    array['MONDAY', 'WEDNESDAY'], '13:30', '16:00'),
    ('LOG-MAG-01',  'L-WH1',   15, 'KPEETERS',   array['MONDAY', 'TUESDAY', 'WEDNESDAY'], '08:30', '12:00'),
    ('LOG-CHC-01',  'L-C01',  120, 'KPEETERS',   array['THURSDAY', 'FRIDAY'], '08:30', '15:30'),
    ('CON-MAC-01',  'C-C01',  -30, 'LROSSI',     array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], '08:30', '12:00'),
    ('CON-MAC-01',  'C-C01',  -30, 'YMBEKI',     array[]::varchar[], null, null),
    ('CON-ISO-01',  'C-C01',  -30, 'YMBEKI',     array['TUESDAY', 'THURSDAY'], '13:00', '16:00'),
    ('CON-ISO-01',  'C-C01',  300, 'LROSSI',     array['MONDAY', 'TUESDAY'], '13:00', '16:00');

create temporary table demo_session on commit drop as
select distinct s.id, t.course_code, t.room_code, t.start_offset
from demo_timetable t
join course k on k.code = t.course_code
join room r on r.code = t.room_code
join course_session s on s.course_id = k.id and s.room_id = r.id
                     and s.start_date = date_trunc('year', current_date)::date + t.start_offset;

insert into session_trainer (session_id, trainer_id)
select distinct d.id, tr.id
from demo_timetable t
join demo_session d using (course_code, room_code, start_offset)
join trainer tr on tr.code = t.trainer_code;

insert into session_weekly_slot (session_id, day_of_week, start_time, end_time)
select d.id, day, t.start_time, t.end_time
from demo_timetable t
join demo_session d using (course_code, room_code, start_offset)
cross join lateral unnest(t.days) as day;

-- Belgium's public holidays of the years around the demo: fixed days, and Easter Monday, Ascension and Whit
-- Monday from Easter Sunday (anonymous Gregorian algorithm)
create temporary table demo_holiday on commit drop as
with years as (
    select generate_series(extract(year from current_date)::int - 1, extract(year from current_date)::int + 2) as y
), easter as (
    select y, make_date(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1) as sunday
    from (select y, h, l, (a + 11 * h + 22 * l) / 451 as m
          from (select y, a, h, (32 + 2 * e + 2 * (c / 4) - h - c % 4) % 7 as l
                from (select y, a, c, e, (19 * a + b - d - g + 15) % 30 as h
                      from (select y, a, b, c, d, e, (b - f + 1) / 3 as g
                            from (select y, y % 19 as a, y / 100 as b, y % 100 as c, y / 100 / 4 as d,
                                         y / 100 % 4 as e, (y / 100 + 8) / 25 as f
                                  from years) as p1) as p2) as p3) as p4) as p5
)
select sunday + 1 as day from easter
union select sunday + 39 from easter
union select sunday + 50 from easter
union select make_date(y, f.month, f.day)
      from years cross join (values (1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25)) as f (month, day);

insert into meeting (session_id, meeting_date, start_time, end_time, status)
select w.session_id, day::date, w.start_time, w.end_time, 'SCHEDULED'
from session_weekly_slot w
join demo_session d on d.id = w.session_id
join course_session s on s.id = w.session_id
cross join lateral generate_series(s.start_date, s.end_date, interval '1 day') as day
where (array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'])[extract(isodow from day)::int]
          = w.day_of_week
  and day::date not in (select h.day from demo_holiday h);

-- a cancelled meeting, with its reason: the calendar shows it struck through, the feeds as cancelled
update meeting set status = 'CANCELLED', cancellation_reason = 'Formatrice malade / Opleidster ziek'
where id = (select m.id from meeting m join demo_session d on d.id = m.session_id
            where d.course_code = 'DIG-DEV-01' and d.room_code = 'D-201'
              and m.meeting_date >= date_trunc('year', current_date)::date + 35
            order by m.meeting_date, m.start_time limit 1);

-- conflicts left on purpose (see the conflicts page):
-- Digitalcity closes for a day after its meetings were planned (a power cut announced by the grid operator)
insert into centre_closure (centre_id, start_date, end_date, kind, reason)
select c.id, day, day, 'BUILDING_CLOSURE', 'Coupure d''électricité / Stroomonderbreking'
from centre c,
     lateral (select date_trunc('year', current_date)::date + 45
                     + (7 + 3 - extract(isodow from date_trunc('year', current_date)::date + 45)::int) % 7 as day) as w
where c.code = 'DIGITALCITY';

-- a make-up maintenance meeting at Technicity on a Tuesday morning, when Yannick teaches at Construcity
insert into meeting (session_id, meeting_date, start_time, end_time, status)
select d.id, day, time '09:00', time '12:00', 'SCHEDULED'
from demo_session d,
     lateral (select date_trunc('year', current_date)::date + 100
                     + (7 + 2 - extract(isodow from date_trunc('year', current_date)::date + 100)::int) % 7 as day) as w
where d.course_code = 'TEC-MAIN-NL';

-- Yannick teaches the Dutch insulation course while his qualification is under way: accepted, with the reason
insert into accepted_conflict (session_id, kind, reason, accepted_by)
select d.id, 'TRAINER_NOT_QUALIFIED', 'Qualification en cours, validée par Construcity / Kwalificatie loopt',
       'demo@construcity'
from demo_session d
where d.course_code = 'CON-ISO-01' and d.start_offset = -30;
