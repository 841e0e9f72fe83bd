-- Demonstration of the learner pathway (loaded only with the demonstration data): companies with valid enterprise
-- numbers (the last two digits are 97 - the first eight mod 97), two Technicity learners enrolled in the running
-- welding session, each screened for it, one in an in-company training with a visit. Dates relative to the day the
-- demo is loaded, like the sessions'. Loading it twice adds nothing twice.

insert into company (enterprise_number, name, sector, street, postal_code, city) values
    ('0403170701', 'Soudures Bruxelloises SA', 'TECHNOLOGY_INDUSTRY', 'Rue de la Petite Île 12', '1070', 'Anderlecht'),
    ('0201234517', 'Câbles du Canal SRL', 'TECHNOLOGY_INDUSTRY', 'Quai de l''Industrie 80', '1080', 'Molenbeek-Saint-Jean'),
    ('0412345614', 'Datawerf Brussel NV', 'DIGITAL', 'Havenlaan 86', '1000', 'Bruxelles'),
    ('0876543270', 'Logistique du Midi SA', 'TRANSPORT_LOGISTICS', 'Rue de la Petite Île 3', '1190', 'Forest'),
    ('1001234592', 'Bâtir Ensemble SC', 'CONSTRUCTION', 'Boulevard Poincaré 79', '1070', 'Anderlecht')
on conflict (enterprise_number) do nothing;

insert into company_contact (company_id, name, job_role, email, phone)
select c.id, 'Nadia Benali', 'HR officer', 'nadia.benali@example.be', '+32 2 555 01 01'
from company c where c.enterprise_number = '0403170701'
and not exists (select 1 from company_contact k where k.company_id = c.id);

insert into recruitment_need (company_id, centre_id, job_title, posts, skills, recorded_on)
select c.id, ce.id, 'Soudeur MIG/MAG', 3, 'EN ISO 9606-1, lecture de plans', current_date - 30
from company c, centre ce where c.enterprise_number = '0403170701' and ce.code = 'TECHNICITY'
and not exists (select 1 from recruitment_need n where n.company_id = c.id);

insert into learner (family_name, given_name, name_key, birth_date, language, entry_status, education_level)
values ('Demo-Lambert', 'Yasmina', 'demo lambert|yasmina', date '1994-04-12', 'FR', 'JOBSEEKER_ACTIRIS', 'LOWER_SECONDARY'),
       ('Demo-Peeters', 'Jonas', 'demo peeters|jonas', date '1991-09-30', 'NL', 'JOBSEEKER_VDAB', 'UPPER_SECONDARY')
on conflict (name_key, birth_date) do nothing;

-- enrolled in the running Technicity welding session (applied, screened, admitted from the pool, enrolled)
insert into enrolment (learner_id, session_id, status, applied_on, seat, arrival, target_groups)
select l.id, s.id, 'ENROLLED', s.start_date - 40, 'POOL', l.id, 'JOBSEEKER'
from learner l, course_session s join course k on k.id = s.course_id
where l.name_key in ('demo lambert|yasmina', 'demo peeters|jonas') and k.code = 'TEC-SOUD-01' and s.status = 'RUNNING'
and not exists (select 1 from enrolment e where e.learner_id = l.id);

insert into enrolment_transition (enrolment_id, step_number, session_id, from_status, to_status, occurred_at, actor, reason)
select e.id, t.step, e.session_id, t.from_status, t.to_status, (e.applied_on + t.days)::timestamptz, 'staff.technicity', t.reason
from enrolment e join learner l on l.id = e.learner_id
cross join (values
    (1, null, 'APPLIED', 0, null),
    (2, 'APPLIED', 'SCREENED', 7, 'screening (demo): ADMIT'),
    (3, 'SCREENED', 'ADMITTED', 8, null),
    (4, 'ADMITTED', 'ENROLLED', 40, null)
) as t (step, from_status, to_status, days, reason)
where l.name_key in ('demo lambert|yasmina', 'demo peeters|jonas')
and not exists (select 1 from enrolment_transition x where x.enrolment_id = e.id);

insert into screening (learner_id, centre_id, course_id, enrolment_id, screened_on, assessor, tests_taken, result,
                       recommendation, recorded_by)
select e.learner_id, s.centre_id, s.course_id, e.id, e.applied_on + 7, 'Hugo Martin', 'welding positions PA/PB, reading plans',
       case when l.name_key = 'demo lambert|yasmina' then '78/100' else '64/100' end,
       case when l.name_key = 'demo lambert|yasmina' then 'ADMIT' else 'ADMIT_WITH_PREREQUISITES' end, 'staff.technicity'
from enrolment e join learner l on l.id = e.learner_id join course_session s on s.id = e.session_id
where l.name_key in ('demo lambert|yasmina', 'demo peeters|jonas')
and not exists (select 1 from screening x where x.learner_id = e.learner_id);

insert into placement (learner_id, company_id, centre_id, enrolment_id, placement_type, start_date, end_date, hours,
                       workplace_tutor, centre_coach, status, recorded_by)
select e.learner_id, c.id, s.centre_id, e.id, 'INDIVIDUAL_VOCATIONAL', greatest(s.start_date, current_date - 20), greatest(s.start_date, current_date - 20) + 60, 320,
       'Marc Dupont', 'Sofia Coach', 'RUNNING', 'staff.technicity'
from enrolment e join learner l on l.id = e.learner_id join course_session s on s.id = e.session_id, company c
where l.name_key = 'demo lambert|yasmina' and c.enterprise_number = '0403170701'
and not exists (select 1 from placement p where p.learner_id = e.learner_id);

insert into placement_visit (placement_id, visit_date, visited_by, notes, recorded_by)
select p.id, p.start_date + 14, 'Sofia Coach', 'Well settled in the workshop; tutor satisfied.', 'staff.technicity'
from placement p join learner l on l.id = p.learner_id
where l.name_key = 'demo lambert|yasmina'
and not exists (select 1 from placement_visit v where v.placement_id = p.id);
