-- A year of activity, as the centres' managers will see it: in two more rooms of each centre, each with its trainer,
-- two sessions a day (mornings and afternoons, Tuesdays, Wednesdays and Fridays) one after the other over the last
-- eleven months and the next seven. The sessions that are over or running are 60 to 95 % full through every
-- partner's quota and the open pool, with drop-outs, a refusal each, screenings and attendance marked up to
-- yesterday; the sessions open for enrolment are filled by admissions, half of them full with a waitlist; learners
-- who completed a session are placed in companies; Logisticity and Construcity have this year's plan approved with
-- targets at this scale. Everything is relative to the day the demonstration data is loaded, and derived from
-- numbers (no randomness), so that two loads on the same day give the same data. Fictional people, no national
-- register numbers. The other demonstration sessions (V1, V2, V950) are left as they are.

-- rooms, each with the trainer who teaches its sessions and its two courses (mornings, afternoons)
create temporary table demo_year_room (
    position      int,
    centre_code   varchar(40),
    room_code     varchar(40),
    room_name     varchar(200),
    room_type     varchar(30),
    seats         int,
    trainer_code  varchar(40),
    trainer_name  varchar(200),
    trainer_from  varchar(40),
    morning       varchar(40),
    afternoon     varchar(40),
    sector_fund   varchar(40)
) on commit drop;

insert into demo_year_room values
    (1, 'TECHNICITY',  'T-B01', 'Atelier HVAC / HVAC-atelier',               'WORKSHOP',  12, 'NBENSAID',   'Nadia Bensaid',   'BRUXELLES_FORMATION', 'TEC-HVAC-01', 'TEC-AUTO-01', 'FRM_BRUSSELS'),
    (2, 'TECHNICITY',  'T-C12', 'Classe 1.2 / Klas 1.2',                     'CLASSROOM', 14, 'GWILLEMS',   'Geert Willems',   'VDAB_BRUSSEL',        'TEC-AUTO-01', 'TEC-HVAC-01', 'FRM_BRUSSELS'),
    (3, 'DIGITALCITY', 'D-203', 'Classe 2.03 / Klas 2.03',                   'CLASSROOM', 16, 'PVERHAEGEN', 'Pieter Verhaegen','VDAB_BRUSSEL',        'DIG-DATA-01', 'DIG-SUP-01',  'CEFORA'),
    (4, 'DIGITALCITY', 'D-204', 'Classe 2.04 / Klas 2.04',                   'CLASSROOM', 16, 'MCHAOUI',    'Malika Chaoui',   'CEFORA',              'DIG-SUP-01',  'DIG-DATA-01', 'CEFORA'),
    (5, 'LOGISTICITY', 'L-WH2', 'Quai de chargement / Laadkade',             'WORKSHOP',  12, 'JMUKENDI',   'Jean Mukendi',    'BRUXELLES_FORMATION', 'LOG-PREP-01', 'LOG-REACH-NL','FSTL'),
    (6, 'LOGISTICITY', 'L-C02', 'Classe 0.2 / Klas 0.2',                     'CLASSROOM', 14, 'AVANACKER',  'An Van Acker',    'VDAB_BRUSSEL',        'LOG-REACH-NL','LOG-PREP-01', 'FSTL'),
    (7, 'CONSTRUCITY', 'C-A01', 'Atelier carrelage / Tegelatelier',          'WORKSHOP',  12, 'EGARCIA',    'Elena Garcia',    'BRUXELLES_FORMATION', 'CON-CARR-01', 'CON-PEIN-01', 'CONSTRUCTION_SECTOR'),
    (8, 'CONSTRUCITY', 'C-A02', 'Atelier peinture / Schildersatelier',       'WORKSHOP',  12, 'RDIALLO',    'Rachid Diallo',   'CONSTRUCTION_SECTOR', 'CON-PEIN-01', 'CON-CARR-01', 'CONSTRUCTION_SECTOR');

insert into room (centre_id, code, name, room_type, seat_capacity)
select c.id, r.room_code, r.room_name, r.room_type, r.seats
from demo_year_room r join centre c on c.code = r.centre_code;

insert into course (code, title_fr, title_nl, title_en, sector, duration_hours, shortage_occupation, providing_partner_id,
                    teaching_language)
select k.code, k.fr, k.nl, k.en, k.sector, k.hours, k.shortage, p.id, k.lang
from (values
    ('TEC-HVAC-01', 'Technicien HVAC', 'HVAC-technicus', 'HVAC technician', 'TECHNOLOGY_INDUSTRY', 420, true, 'BRUXELLES_FORMATION', 'FR'),
    ('TEC-AUTO-01', 'Opérateur en automatisation', 'Operator automatisering', 'Automation operator', 'TECHNOLOGY_INDUSTRY', 420, true, 'BRUXELLES_FORMATION', 'FR'),
    ('DIG-DATA-01', 'Analyste de données', 'Data-analist', 'Data analyst', 'DIGITAL', 420, true, 'BRUXELLES_FORMATION', 'FR'),
    ('DIG-SUP-01', 'Technicien support IT', 'IT-supporttechnicus', 'IT support technician', 'DIGITAL', 400, true, 'CEFORA', 'FR'),
    ('LOG-PREP-01', 'Préparateur de commandes', 'Orderpicker', 'Order picker', 'TRANSPORT_LOGISTICS', 300, true, 'BRUXELLES_FORMATION', 'FR'),
    ('LOG-REACH-NL', 'Cariste reach truck (en néerlandais)', 'Reachtruckchauffeur', 'Reach truck driver (in Dutch)', 'TRANSPORT_LOGISTICS', 300, true, 'VDAB_BRUSSEL', 'NL'),
    ('CON-CARR-01', 'Carreleur', 'Tegelzetter', 'Tiler', 'CONSTRUCTION', 450, true, 'BRUXELLES_FORMATION', 'FR'),
    ('CON-PEIN-01', 'Peintre en bâtiment', 'Schilder-decorateur', 'Painter and decorator', 'CONSTRUCTION', 450, true, 'CONSTRUCTION_SECTOR', 'FR')
) as k (code, fr, nl, en, sector, hours, shortage, partner_code, lang)
join partner_organisation p on p.code = k.partner_code;

insert into trainer (code, name, partner_id)
select r.trainer_code, r.trainer_name, p.id
from demo_year_room r join partner_organisation p on p.code = r.trainer_from;

insert into trainer_centre (trainer_id, centre_id)
select t.id, c.id from demo_year_room r join trainer t on t.code = r.trainer_code join centre c on c.code = r.centre_code;

insert into trainer_qualification (trainer_id, course_id)
select t.id, k.id
from demo_year_room r join trainer t on t.code = r.trainer_code join course k on k.code in (r.morning, r.afternoon);

insert into trainer_availability (trainer_id, day_of_week, start_time, end_time)
select t.id, d.day, time '08:00', time '17:00'
from demo_year_room r join trainer t on t.code = r.trainer_code
cross join (values ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY')) as d (day);

-- Six sessions a room: (lane, place in the lane, first day from today, length in days). Over: three; running:
-- two; open for enrolment (starting in two months): one.
create temporary table demo_year_session on commit drop as
select r.*, l.lane, l.place, l.start_offset, l.length_days,
       case when l.lane = 'MORNING' then r.morning else r.afternoon end as course_code,
       case when l.lane = 'MORNING' then time '09:00' else time '13:00' end as start_time,
       case when l.lane = 'MORNING' then time '12:30' else time '16:30' end as end_time,
       current_date + l.start_offset as start_date,
       current_date + l.start_offset + l.length_days as end_date,
       case when current_date + l.start_offset + l.length_days < current_date then 'CLOSED'
            when current_date + l.start_offset <= current_date then 'RUNNING'
            else 'OPEN' end as status,
       -- how full: 60 to 90 % of the seats, rounded up (the open sessions of every other room are full, with a waitlist)
       60 + (r.position * 37 + l.place * 53) % 31 as fill_percent,
       l.place = 3 and l.lane = 'AFTERNOON' and r.position % 2 = 1 as full_with_waitlist,
       cast(null as bigint) as id
from demo_year_room r
cross join (values ('MORNING', 1, -330, 120), ('MORNING', 2, -190, 150), ('MORNING', 3, -20, 170),
                   ('AFTERNOON', 1, -280, 150), ('AFTERNOON', 2, -110, 160), ('AFTERNOON', 3, 60, 140))
    as l (lane, place, start_offset, length_days);

insert into course_session (course_id, centre_id, room_id, start_date, end_date, seat_capacity, teaching_language, status)
select k.id, c.id, ro.id, d.start_date, d.end_date, d.seats, k.teaching_language, d.status
from demo_year_session d
join course k on k.code = d.course_code
join centre c on c.code = d.centre_code
join room ro on ro.code = d.room_code;

update demo_year_session d set id = s.id
from course_session s join room ro on ro.id = s.room_id join course k on k.id = s.course_id
where ro.code = d.room_code and k.code = d.course_code and s.start_date = d.start_date;

insert into session_trainer (session_id, trainer_id)
select d.id, t.id from demo_year_session d join trainer t on t.code = d.trainer_code;

insert into session_weekly_slot (session_id, day_of_week, start_time, end_time)
select d.id, w.day, d.start_time, d.end_time
from demo_year_session d cross join (values ('TUESDAY'), ('WEDNESDAY'), ('FRIDAY')) as w (day);

-- Tuesdays, Wednesdays and Fridays of each period: never Easter Monday, Ascension or Whit Monday (Mondays and a
-- Thursday); the public holidays on fixed days and the centres' closures are skipped
insert into meeting (session_id, meeting_date, start_time, end_time, status)
select d.id, day::date, d.start_time, d.end_time, 'SCHEDULED'
from demo_year_session d
join centre c on c.code = d.centre_code
cross join lateral generate_series(d.start_date, d.end_date, interval '1 day') as day
where extract(isodow from day) in (2, 3, 5)
  and (extract(month from day), extract(day from day)) not in ((1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25))
  and not exists (select 1 from centre_closure x where x.centre_id = c.id and day::date between x.start_date and x.end_date);

-- how each session shares its seats: Actiris a third, VDAB Brussel two, the centre's sector fund two, the rest the
-- open pool; every other session puts the jobseekers referred by a partner first on its waitlist
insert into session_seat_plan (session_id, waitlist_priority)
select d.id, case when d.position % 2 = 0 then 'REFERRED_JOBSEEKERS_FIRST' else 'ARRIVAL' end from demo_year_session d;

create temporary table demo_year_share on commit drop as
select d.id as session_id, s.share_order, s.partner_code, s.seats
from demo_year_session d
cross join lateral (values (1, 'ACTIRIS', d.seats / 3), (2, 'VDAB_BRUSSEL', 2), (3, d.sector_fund, 2),
                           (4, cast(null as varchar), d.seats - d.seats / 3 - 4)) as s (share_order, partner_code, seats);

insert into session_seat_quota (session_id, partner_id, seats)
select s.session_id, p.id, s.seats
from demo_year_share s join partner_organisation p on p.code = s.partner_code;

-- The seats taken in turn from each share (Actiris, VDAB, sector fund, pool, Actiris...), so that a session 60 %
-- full still has learners in every quota and in the pool.
create temporary table demo_year_seat on commit drop as
select s.session_id, s.partner_code,
       cast(row_number() over (partition by s.session_id order by n, s.share_order) as int) as turn
from demo_year_share s cross join lateral generate_series(1, s.seats) as n;

-- The applications of each session: the learners holding (or who held) a seat, a refused one, and in the open
-- sessions those waiting: on the waitlist (full sessions) or not yet screened.
create temporary table demo_year_application (
    seq          int,
    session_id   bigint,
    turn         int,
    partner_code varchar(40),
    seat_kind    varchar(10),
    status       varchar(20),
    referred     boolean,
    applied_on   date,
    outcome_on   date,
    reason       varchar(500),
    learner_id   bigint,
    enrolment_id bigint
) on commit drop;

insert into demo_year_application (seq, session_id, turn, partner_code, seat_kind, status, referred, applied_on, outcome_on, reason)
select cast(row_number() over (order by a.session_id, a.turn) as int), a.*
from (
    -- seat holders
    select d.id as session_id, t.turn, coalesce(t.partner_code, case when t.turn % 3 = 0 then 'ACTIRIS' end),
           case when t.partner_code is null then 'POOL' else 'QUOTA' end,
           case when d.status = 'OPEN' then 'ADMITTED'
                when t.turn % 6 = 5 and d.start_date < current_date - 20 then 'DROPPED_OUT'
                when d.status = 'CLOSED' then 'COMPLETED'
                else 'ENROLLED' end,
           coalesce(t.partner_code = 'ACTIRIS', false),
           case when d.status = 'OPEN' then current_date - 45 + t.turn % 25 else d.start_date - 50 + t.turn % 20 end,
           case when d.status = 'OPEN' then null
                when t.turn % 6 = 5 and d.start_date < current_date - 20
                    then d.start_date + 10 + (t.turn * 7) % (least(d.end_date, current_date - 1) - d.start_date - 10)
                when d.status = 'CLOSED' then d.end_date end,
           case when t.turn % 6 = 5 and d.status <> 'OPEN' and d.start_date < current_date - 20
                then (array['A trouvé un emploi / Werk gevonden', 'Raisons de santé / Gezondheidsredenen',
                            'Déménagement / Verhuisd'])[1 + t.turn % 3] end
    from demo_year_session d
    join demo_year_seat t on t.session_id = d.id
    where t.turn <= case when d.full_with_waitlist then d.seats else (d.seats * d.fill_percent + 99) / 100 end
    union all
    -- one refused application a session
    select d.id, 100, 'ACTIRIS', null, 'REFUSED', true,
           case when d.status = 'OPEN' then current_date - 30 else d.start_date - 45 end,
           case when d.status = 'OPEN' then current_date - 22 else d.start_date - 37 end,
           'Prérequis non atteints au test de positionnement / Voorkennis onvoldoende bij de positioneringstest'
    from demo_year_session d
    union all
    -- the waitlist of the full open sessions, and the applications not yet screened of the others
    select d.id, 100 + w.n, case when w.n = 2 then 'ACTIRIS' end, null,
           case when d.full_with_waitlist then 'WAITLISTED' else 'APPLIED' end, w.n = 2,
           current_date - case when d.full_with_waitlist then 20 - w.n else 4 - w.n end, null, null
    from demo_year_session d cross join generate_series(1, 3) as w (n)
    where d.status = 'OPEN'
) as a;

-- One learner an application, named from two lists (first names by the sequence, family names by its tens)
create temporary table demo_year_name on commit drop as
select a.seq,
       (array['Amira', 'Bilal', 'Chloé', 'Dries', 'Elif', 'Fatoumata', 'Gaëlle', 'Hamza', 'Inès', 'Jelle', 'Karim',
              'Laura', 'Mehdi', 'Nora', 'Olivier', 'Priya', 'Quentin', 'Rania', 'Samir', 'Tine', 'Ugo', 'Valérie',
              'Wout', 'Xavier', 'Yousra', 'Zakaria', 'Aïcha', 'Bram', 'Célia', 'Dimitri', 'Emma', 'Farid', 'Grace',
              'Hugo', 'Imane', 'Kevin', 'Leïla', 'Mamadou', 'Nathalie', 'Omar', 'Pauline', 'Rachida', 'Sarah',
              'Thomas', 'Vincent', 'Wassim', 'Zoë', 'Ilias'])[1 + a.seq % 48] as given_name,
       (array['Diallo', 'Vermeulen', 'Kaya', 'Maes', 'El Amrani', 'Nguyen', 'De Smet', 'Mertens', 'Bah', 'Haddad',
              'Wouters', 'Öztürk', 'Claes', 'Moreau', 'Kabongo', 'Goossens', 'Lemmens', 'Cherif', 'Fontaine',
              'Van Damme', 'Bouzid', 'Leclercq', 'Ndiaye', 'Hermans', 'Rousseau', 'Ziani', 'Jacobs', 'Mbala',
              'Simon', 'Camara', 'Willems', 'Laurent', 'Essaidi', 'Coppens', 'Lefèvre', 'Traoré', 'Pauwels',
              'Renard', 'Tahiri', 'Smets', 'Girard', 'Kamara', 'Verstraeten', 'Mercier', 'Sow', 'Dumont', 'Aerts',
              'Guérin', 'Ouali', 'Bakkali', 'Declercq', 'Van den Broeck'])[1 + (a.seq / 48) % 52] as family_name
from demo_year_application a;

-- the name as the learner search compares it (NameKey): no case, accents or punctuation
create function pg_temp.demo_name_key(name varchar) returns varchar language sql immutable as $$
    select trim(regexp_replace(lower(translate(name, 'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜàâäçéèêëîïôöùûü', 'AAACEEEEIIOOUUUaaaceeeeiioouuu')),
                               '[^a-z0-9]+', ' ', 'g'))
$$;

insert into learner (family_name, given_name, name_key, birth_date, email, language, entry_status, education_level,
                     registered_at_centre_id)
select n.family_name, n.given_name,
       pg_temp.demo_name_key(n.family_name) || '|' || pg_temp.demo_name_key(n.given_name),
       date '1968-01-01' + (a.seq * 7919) % 13500,
       case when a.seq % 7 <> 0 then replace(pg_temp.demo_name_key(n.given_name) || '.'
                                             || pg_temp.demo_name_key(n.family_name), ' ', '-') || '@example.be' end,
       case when a.partner_code = 'VDAB_BRUSSEL' or k.teaching_language = 'NL' then 'NL'
            when a.seq % 11 = 0 then 'EN' else 'FR' end,
       case when a.partner_code = 'ACTIRIS' then 'JOBSEEKER_ACTIRIS'
            when a.partner_code = 'VDAB_BRUSSEL' then 'JOBSEEKER_VDAB'
            when a.partner_code is not null then case when a.seq % 3 = 0 then 'WORKER_AT_RISK' else 'WORKER' end
            else (array['JOBSEEKER_ACTIRIS', 'STUDENT', 'JOBSEEKER_ACTIRIS', 'WORKER', 'ENTREPRENEUR'])[1 + a.seq % 5] end,
       (array['LOWER_SECONDARY', 'UPPER_SECONDARY', 'PRIMARY', 'HIGHER', 'UPPER_SECONDARY', 'LOWER_SECONDARY', 'NONE'])[1 + a.seq % 7],
       s.centre_id
from demo_year_application a
join demo_year_name n on n.seq = a.seq
join course_session s on s.id = a.session_id
join course k on k.id = s.course_id;

update demo_year_application a set learner_id = l.id
from demo_year_name n, learner l
where n.seq = a.seq and l.name_key = pg_temp.demo_name_key(n.family_name) || '|' || pg_temp.demo_name_key(n.given_name)
  and l.birth_date = date '1968-01-01' + (a.seq * 7919) % 13500;

-- The enrolments, in the order the seats were given (the arrival order of the waitlist too), with the target groups
-- of the learner on the day of the application (TargetGroup): 15 to 29 years old, young jobseeker, without an
-- upper-secondary diploma, jobseeker, worker at risk
insert into enrolment (learner_id, session_id, partner_id, referred, status, applied_on, seat, seat_partner_id, arrival,
                       target_groups, outcome_reason, outcome_date)
select learner_id, session_id, partner_id, referred, status, applied_on, seat, seat_partner_id,
       case when arrives then nextval('enrolment_arrival_seq') end, target_groups, outcome_reason, outcome_date
from (
select a.learner_id, a.session_id, p.id as partner_id, a.referred, a.status, a.applied_on,
       case when a.status in ('ADMITTED', 'ENROLLED', 'COMPLETED') then a.seat_kind end as seat,
       case when a.status in ('ADMITTED', 'ENROLLED', 'COMPLETED') and a.seat_kind = 'QUOTA' then p.id end
           as seat_partner_id,
       a.status not in ('APPLIED', 'REFUSED') as arrives,
       concat_ws(',',
           case when g.age between 15 and 29 then 'YOUNG' end,
           case when g.age between 15 and 29 and g.jobseeker then 'NEET' end,
           case when l.education_level in ('NONE', 'PRIMARY', 'LOWER_SECONDARY') then 'LOW_SKILLED' end,
           case when g.jobseeker then 'JOBSEEKER' end,
           case when l.entry_status = 'WORKER_AT_RISK' then 'WORKER_AT_RISK' end) as target_groups,
       a.reason as outcome_reason, a.outcome_on as outcome_date
from demo_year_application a
join learner l on l.id = a.learner_id
left join partner_organisation p on p.code = a.partner_code
cross join lateral (select extract(year from age(a.applied_on, l.birth_date))::int as age,
                           l.entry_status in ('JOBSEEKER_ACTIRIS', 'JOBSEEKER_VDAB') as jobseeker) as g
order by a.session_id, a.applied_on, a.turn
offset 0) as ordered;

update demo_year_application a set enrolment_id = e.id
from enrolment e where e.learner_id = a.learner_id and e.session_id = a.session_id;

-- every step of each enrolment, on its day: applied, referred (Actiris), screened, then admitted and enrolled on
-- the first day, or waitlisted, or refused; completed on the last day, or dropped out
insert into enrolment_transition (enrolment_id, step_number, session_id, from_status, to_status, occurred_at, actor, reason)
select x.enrolment_id, row_number() over (partition by x.enrolment_id order by x.ord), x.session_id,
       lag(x.to_status) over (partition by x.enrolment_id order by x.ord), x.to_status,
       x.day + time '10:00' + make_interval(mins => x.ord), 'staff.' || lower(c.code), x.reason
from (
    select a.enrolment_id, a.session_id, st.ord, st.to_status, st.day, st.reason
    from demo_year_application a
    join course_session s on s.id = a.session_id
    cross join lateral (values
        (1, 'APPLIED', a.applied_on, null, true),
        (2, 'REFERRED', a.applied_on + 2, null, a.referred and a.status <> 'APPLIED'),
        (3, 'SCREENED', a.applied_on + 7, null, a.status <> 'APPLIED'),
        (4, 'WAITLISTED', a.applied_on + 8, null, a.status = 'WAITLISTED'),
        (4, 'REFUSED', a.outcome_on, a.reason, a.status = 'REFUSED'),
        (4, 'ADMITTED', a.applied_on + 10, null, a.status in ('ADMITTED', 'ENROLLED', 'COMPLETED', 'DROPPED_OUT')),
        (5, 'ENROLLED', s.start_date, null, a.status in ('ENROLLED', 'COMPLETED', 'DROPPED_OUT')),
        (6, 'COMPLETED', a.outcome_on, null, a.status = 'COMPLETED'),
        (6, 'DROPPED_OUT', a.outcome_on, a.reason, a.status = 'DROPPED_OUT')
    ) as st (ord, to_status, day, reason, taken)
    where st.taken
) as x
join course_session s on s.id = x.session_id
join centre c on c.id = s.centre_id;

-- the screenings behind the steps "screened"
insert into screening (learner_id, centre_id, course_id, enrolment_id, screened_on, assessor, tests_taken, result,
                       recommendation, recorded_by)
select a.learner_id, s.centre_id, s.course_id, a.enrolment_id, a.applied_on + 7, d.trainer_name,
       'Test de positionnement, entretien / Positioneringstest, gesprek',
       case when a.status = 'REFUSED' then (35 + a.seq % 15) || '/100' else (60 + (a.seq * 13) % 36) || '/100' end,
       case when a.status = 'REFUSED' then 'ORIENT_ELSEWHERE'
            when a.seq % 4 = 0 then 'ADMIT_WITH_PREREQUISITES' else 'ADMIT' end,
       'staff.' || lower(d.centre_code)
from demo_year_application a
join demo_year_session d on d.id = a.session_id
join course_session s on s.id = a.session_id
where a.status <> 'APPLIED';

-- attendance up to yesterday, of the learners enrolled (until they dropped out): mostly present, some late,
-- excused or absent
insert into attendance (meeting_id, enrolment_id, mark, recorded_by, recorded_at)
select m.id, a.enrolment_id,
       case when h.n < 84 then 'PRESENT' when h.n < 89 then 'LATE' when h.n < 95 then 'EXCUSED' else 'ABSENT' end,
       'staff.' || lower(d.centre_code), m.meeting_date + m.end_time
from demo_year_application a
join demo_year_session d on d.id = a.session_id
join meeting m on m.session_id = a.session_id
cross join lateral (select ((m.id * 31 + a.enrolment_id * 17) % 100)::int as n) as h
where a.status in ('ENROLLED', 'COMPLETED', 'DROPPED_OUT')
  and m.meeting_date < current_date
  and (a.status <> 'DROPPED_OUT' or m.meeting_date < a.outcome_on);

-- companies that take trainees (valid enterprise numbers: the last two digits are 97 - the first eight mod 97)
insert into company (enterprise_number, name, sector, street, postal_code, city) values
    ('0456781215', 'Climatisation Brabant Services SRL', 'TECHNOLOGY_INDUSTRY', 'Chaussée de Mons 412', '1070', 'Anderlecht'),
    ('0812345603', 'Brussels Cloud & Support Center NV', 'DIGITAL', 'Kanaalstraat 15', '1000', 'Brussel'),
    ('0654321913', 'Entrepôts du Port de Bruxelles SA', 'TRANSPORT_LOGISTICS', 'Avenue du Port 86', '1000', 'Bruxelles'),
    ('0734567835', 'Carrelages & Finitions Saint-Gilles SRL', 'CONSTRUCTION', 'Rue de la Victoire 22', '1060', 'Saint-Gilles')
on conflict (enterprise_number) do nothing;

-- one learner in four who completed a session is placed in a company of the sector two weeks later: the placements
-- over are completed (most hired), the others running or signed
insert into placement (learner_id, company_id, centre_id, enrolment_id, placement_type, start_date, end_date, hours,
                       workplace_tutor, centre_coach, status, outcome, recorded_by)
select a.learner_id, co.id, s.centre_id, a.enrolment_id,
       (array['INDIVIDUAL_VOCATIONAL', 'WORK_EXPERIENCE', 'INDIVIDUAL_VOCATIONAL'])[1 + a.seq % 3],
       p.start_date, p.end_date, 120 + (a.seq % 3) * 80,
       (array['Marc Dupont', 'Sara Janssens', 'Ahmed Benali', 'Katrien De Wolf'])[1 + a.seq % 4],
       (array['Sofia Coach', 'Luc Verbeke'])[1 + a.seq % 2],
       case when p.end_date < current_date then 'COMPLETED' when p.start_date <= current_date then 'RUNNING' else 'SIGNED' end,
       case when p.end_date < current_date then (array['HIRED', 'HIRED', 'OTHER_JOB', 'FURTHER_TRAINING', 'NONE'])[1 + a.seq % 5] end,
       'staff.' || lower(d.centre_code)
from demo_year_application a
join demo_year_session d on d.id = a.session_id
join course_session s on s.id = a.session_id
join course k on k.id = s.course_id
cross join lateral (select a.outcome_on + 14 + a.seq % 7 as start_date,
                           a.outcome_on + 14 + a.seq % 7 + 60 + (a.seq % 3) * 30 as end_date) as p
cross join lateral (select c.id from company c where c.sector = k.sector
                    order by (c.id * 7 + a.seq) % 5, c.id limit 1) as co
where a.status = 'COMPLETED' and a.turn % 4 = 1;

insert into placement_visit (placement_id, visit_date, visited_by, notes, recorded_by)
select p.id, p.start_date + 14, p.centre_coach, 'Bonne intégration dans l''équipe / Goed ingeburgerd in het team',
       p.recorded_by
from placement p
join enrolment e on e.id = p.enrolment_id
join demo_year_session d on d.id = e.session_id
where p.start_date + 14 < current_date;

-- This year's plans of Logisticity and Construcity, approved by their boards, with targets at the scale of the
-- activity above
do $$
declare
    this_year  integer := extract(year from current_date)::integer;
    centre_row record;
    v_plan     bigint;
begin
    for centre_row in select c.id, c.code from centre c where c.code in ('LOGISTICITY', 'CONSTRUCITY') loop
        continue when exists (select 1 from joint_action_plan p where p.centre_id = centre_row.id and p.plan_year = this_year);
        insert into joint_action_plan (centre_id, plan_year, version_number, status, created_by, created_at,
                updated_by, updated_at, submitted_by, submitted_at, decision_text, meeting_date, decided_by, decided_at)
        values (centre_row.id, this_year, 1, 'APPROVED', 'staff.' || lower(centre_row.code),
                make_date(this_year - 1, 10, 15)::timestamptz, 'board.' || lower(centre_row.code),
                make_date(this_year - 1, 12, 9)::timestamptz, 'staff.' || lower(centre_row.code),
                make_date(this_year - 1, 11, 18)::timestamptz,
                'Plan approuvé par le conseil d''administration / Plan goedgekeurd door de raad van bestuur.',
                make_date(this_year - 1, 12, 9), 'board.' || lower(centre_row.code),
                make_date(this_year - 1, 12, 9)::timestamptz)
        returning id into v_plan;

        if centre_row.code = 'LOGISTICITY' then
            insert into plan_training_line (plan_id, position, course_code, partner_code, sessions, seats) values
                (v_plan, 0, 'LOG-PREP-01', 'BRUXELLES_FORMATION', 6, 72),
                (v_plan, 1, 'LOG-REACH-NL', 'VDAB_BRUSSEL', 6, 76),
                (v_plan, 2, 'LOG-MAG-01', 'BRUXELLES_FORMATION', 2, 24);
            insert into plan_validation_line (plan_id, position, kind, occupation, sessions, candidates) values
                (v_plan, 0, 'SCREENING', 'Préparateur de commandes / Orderpicker', 6, 80);
            insert into plan_in_company_line (plan_id, position, partner_code, trainings) values
                (v_plan, 0, 'ACTIRIS', 6), (v_plan, 1, 'FSTL', 4);
            insert into plan_target (plan_id, indicator, target_value) values
                (v_plan, 'TRAINING_SPOTS', 40), (v_plan, 'IN_COMPANY_TRAININGS', 10),
                (v_plan, 'VALIDATIONS_AND_SCREENINGS', 80), (v_plan, 'OCCUPANCY_RATE', 80);
        else
            insert into plan_training_line (plan_id, position, course_code, partner_code, sessions, seats) values
                (v_plan, 0, 'CON-CARR-01', 'BRUXELLES_FORMATION', 6, 72),
                (v_plan, 1, 'CON-PEIN-01', 'CONSTRUCTION_SECTOR', 6, 72),
                (v_plan, 2, 'CON-MAC-01', 'BRUXELLES_FORMATION', 1, 14);
            insert into plan_validation_line (plan_id, position, kind, occupation, sessions, candidates) values
                (v_plan, 0, 'SCREENING', 'Carreleur / Tegelzetter', 6, 70);
            insert into plan_in_company_line (plan_id, position, partner_code, trainings) values
                (v_plan, 0, 'ACTIRIS', 5), (v_plan, 1, 'CONSTRUCTION_SECTOR', 5);
            insert into plan_target (plan_id, indicator, target_value) values
                (v_plan, 'TRAINING_SPOTS', 70), (v_plan, 'IN_COMPANY_TRAININGS', 10),
                (v_plan, 'VALIDATIONS_AND_SCREENINGS', 70), (v_plan, 'OCCUPANCY_RATE', 80);
        end if;

        insert into plan_history (plan_id, occurred_at, actor, step, detail)
        select id, created_at, created_by, 'CREATED', null from joint_action_plan where id = v_plan
        union all
        select id, submitted_at, submitted_by, 'SUBMITTED', null from joint_action_plan where id = v_plan
        union all
        select id, decided_at, decided_by, 'APPROVED', 'meeting ' || meeting_date || ': ' || decision_text
        from joint_action_plan where id = v_plan;
    end loop;
end
$$;
