-- Demonstration skills validations: three units of competence (courses of kind VALIDATION) with their assessors,
-- a validation session held last month at Digitalcity with its results and certificates, one at Technicity, and
-- one planned next month. Fictional learners, without national register numbers. Dates follow the current date.

insert into course (code, title_fr, title_nl, title_en, sector, duration_hours, shortage_occupation, providing_partner_id,
                    kind, occupation)
select u.code, u.fr, u.nl, u.en, u.sector, u.hours, false, p.id, 'VALIDATION', u.occupation
from (values
    ('VAL-DIG-NET', 'Installer un réseau local', 'Een lokaal netwerk installeren', 'Install a local network',
     'DIGITAL', 4, 'Technicien réseau'),
    ('VAL-DIG-WEB', 'Développer une page web', 'Een webpagina ontwikkelen', 'Develop a web page',
     'DIGITAL', 4, 'Développeur web'),
    ('VAL-TEC-SOUD', 'Souder en semi-automatique', 'Halfautomatisch lassen', 'Semi-automatic welding',
     'TECHNOLOGY_INDUSTRY', 6, 'Soudeur')
) as u (code, fr, nl, en, sector, hours, occupation)
join partner_organisation p on p.code = 'BRUXELLES_FORMATION';

insert into trainer_qualification (trainer_id, course_id)
select t.id, k.id
from (values ('TDUPONT', 'VAL-DIG-NET'), ('AELIDRISSI', 'VAL-DIG-WEB'), ('MLEMAIRE', 'VAL-TEC-SOUD')) as q (trainer_code, course_code)
join trainer t on t.code = q.trainer_code
join course k on k.code = q.course_code;

-- the first Tuesday from the 2nd of a month (months from the current one): never a public holiday or a closure
create function pg_temp.demo_tuesday(months integer) returns date language sql as $$
    select d + ((9 - extract(dow from d)::integer) % 7)
    from (select (date_trunc('month', current_date) + make_interval(months => months) + interval '1 day')::date as d) s
$$;

-- the sessions: (unit, centre, lab, assessor, day, from, to, seats)
create temporary table demo_validation (unit varchar(40), centre varchar(40), room varchar(40), assessor varchar(40),
                                        day date, start_time time, end_time time, seats integer);
insert into demo_validation values
    ('VAL-DIG-NET', 'DIGITALCITY', 'D-LAB', 'TDUPONT', pg_temp.demo_tuesday(-1),
     time '13:30', time '16:30', 6),
    ('VAL-TEC-SOUD', 'TECHNICITY', 'T-A01', 'MLEMAIRE', pg_temp.demo_tuesday(-1) + 1,
     time '13:00', time '16:30', 4),
    ('VAL-DIG-WEB', 'DIGITALCITY', 'D-STU', 'AELIDRISSI', pg_temp.demo_tuesday(1),
     time '13:30', time '16:30', 6);

insert into course_session (course_id, centre_id, room_id, start_date, end_date, seat_capacity, teaching_language, status)
select k.id, c.id, r.id, v.day, v.day, v.seats, 'FR', 'PLANNED'
from demo_validation v
join course k on k.code = v.unit
join centre c on c.code = v.centre
join room r on r.centre_id = c.id and r.code = v.room;

insert into session_trainer (session_id, trainer_id)
select s.id, t.id
from demo_validation v
join course k on k.code = v.unit
join course_session s on s.course_id = k.id and s.start_date = v.day
join trainer t on t.code = v.assessor;

insert into meeting (session_id, meeting_date, start_time, end_time, status)
select s.id, v.day, v.start_time, v.end_time, 'SCHEDULED'
from demo_validation v
join course k on k.code = v.unit
join course_session s on s.course_id = k.id and s.start_date = v.day;

-- fictional candidates
insert into learner (family_name, given_name, name_key, birth_date, email, language, entry_status, education_level)
values ('Lambert', 'Sarah', 'lambert|sarah', date '1994-04-12', 'sarah.lambert@example.be', 'FR', 'JOBSEEKER_ACTIRIS', 'UPPER_SECONDARY'),
       ('Vermeulen', 'Jonas', 'vermeulen|jonas', date '1989-11-03', null, 'NL', 'WORKER', 'LOWER_SECONDARY'),
       ('Benali', 'Youssef', 'benali|youssef', date '2001-02-20', 'y.benali@example.be', 'FR', 'JOBSEEKER_ACTIRIS', 'LOWER_SECONDARY'),
       ('Nowak', 'Anna', 'nowak|anna', date '1997-08-30', null, 'EN', 'JOBSEEKER_ACTIRIS', 'HIGHER');

-- results of last month's sessions; the certificate number follows <centre>-<year>-<sequence>
insert into validation_candidate (session_id, learner_id, result, certificate_number, certificate_date, recorded_by)
select s.id, l.id, c.result,
       case when c.result = 'PASSED' then ce.code || '-' || extract(year from s.start_date) || '-' || lpad(c.seq::text, 5, '0') end,
       case when c.result = 'PASSED' then s.start_date end,
       c.recorded_by
from (values
    ('VAL-DIG-NET', 'lambert|sarah', 'PASSED', 1, 'staff.digitalcity'),
    ('VAL-DIG-NET', 'benali|youssef', 'FAILED', 0, 'staff.digitalcity'),
    ('VAL-DIG-NET', 'nowak|anna', 'PASSED', 2, 'staff.digitalcity'),
    ('VAL-TEC-SOUD', 'vermeulen|jonas', 'PASSED', 1, 'staff.technicity'),
    ('VAL-TEC-SOUD', 'benali|youssef', 'ABSENT', 0, 'staff.technicity'),
    ('VAL-DIG-WEB', 'benali|youssef', 'PENDING', 0, 'staff.digitalcity')
) as c (unit, name_key, result, seq, recorded_by)
join course k on k.code = c.unit
join course_session s on s.course_id = k.id
join centre ce on ce.id = s.centre_id
join learner l on l.name_key = c.name_key;

drop table demo_validation;
