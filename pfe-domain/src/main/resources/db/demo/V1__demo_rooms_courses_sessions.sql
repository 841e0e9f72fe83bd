-- Demonstration data, loaded only when PFE_DEMO_DATA is true (the run command sets it).
-- Kept in its own Flyway history table, apart from the schema's migrations.

insert into room (centre_id, code, name, room_type, seat_capacity)
select c.id, r.code, r.name, r.room_type, r.seats
from centre c
join (values
    ('TECHNICITY',  'T-A01', 'Atelier soudure / Lasatelier',        'WORKSHOP',   14),
    ('TECHNICITY',  'T-A02', 'Atelier électricité / Elektriciteit', 'WORKSHOP',   12),
    ('TECHNICITY',  'T-C11', 'Classe 1.1 / Klas 1.1',               'CLASSROOM',  20),
    ('DIGITALCITY', 'D-AUD', 'Auditorium',                          'AUDITORIUM', 100),
    ('DIGITALCITY', 'D-201', 'Classe 2.01 / Klas 2.01',             'CLASSROOM',  18),
    ('DIGITALCITY', 'D-202', 'Classe 2.02 / Klas 2.02',             'CLASSROOM',  18),
    ('DIGITALCITY', 'D-LAB', 'Labo CISCO / CISCO-labo',              'LAB',        16),
    ('DIGITALCITY', 'D-STU', 'Studio média / Mediastudio',          'STUDIO',     8),
    ('LOGISTICITY', 'L-WH1', 'Entrepôt école / Schoolmagazijn',     'WORKSHOP',   12),
    ('LOGISTICITY', 'L-C01', 'Classe 0.1 / Klas 0.1',               'CLASSROOM',  20),
    ('CONSTRUCITY', 'C-C01', 'Classe antenne / Klas antenne',       'CLASSROOM',  16)
) as r (centre_code, code, name, room_type, seats) on r.centre_code = c.code;

insert into course (code, title_fr, title_nl, title_en, sector, duration_hours, shortage_occupation, providing_partner_id)
select k.code, k.fr, k.nl, k.en, k.sector, k.hours, k.shortage, p.id
from (values
    ('TEC-SOUD-01', 'Soudeur semi-automatique', 'Halfautomatisch lasser', 'Semi-automatic welder', 'TECHNOLOGY_INDUSTRY', 600, true, 'BRUXELLES_FORMATION'),
    ('TEC-ELEC-01', 'Électricien industriel', 'Industrieel elektricien', 'Industrial electrician', 'TECHNOLOGY_INDUSTRY', 800, true, 'BRUXELLES_FORMATION'),
    ('TEC-MAIN-NL', 'Technicien de maintenance', 'Onderhoudstechnicus', 'Maintenance technician', 'TECHNOLOGY_INDUSTRY', 500, true, 'VDAB_BRUSSEL'),
    ('DIG-DEV-01', 'Développeur web', 'Webontwikkelaar', 'Web developer', 'DIGITAL', 700, true, 'BRUXELLES_FORMATION'),
    ('DIG-NET-01', 'Technicien réseaux CISCO', 'Netwerktechnicus CISCO', 'CISCO network technician', 'DIGITAL', 450, true, 'BRUXELLES_FORMATION'),
    ('DIG-OFF-01', 'Bureautique pour l''emploi', 'Kantoortoepassingen', 'Office software for work', 'DIGITAL', 120, false, 'CEFORA'),
    ('LOG-MAG-01', 'Magasinier cariste', 'Magazijnier heftruckchauffeur', 'Warehouse worker and forklift driver', 'TRANSPORT_LOGISTICS', 300, true, 'BRUXELLES_FORMATION'),
    ('LOG-CHC-01', 'Chauffeur poids lourd C/CE', 'Vrachtwagenchauffeur C/CE', 'HGV driver C/CE', 'TRANSPORT_LOGISTICS', 400, true, 'FSTL'),
    ('CON-MAC-01', 'Maçon', 'Metselaar', 'Bricklayer', 'CONSTRUCTION', 900, true, 'BRUXELLES_FORMATION'),
    ('CON-ISO-01', 'Isolation et rénovation durable', 'Isolatie en duurzame renovatie', 'Insulation and sustainable renovation', 'CONSTRUCTION', 250, true, 'SFPME')
) as k (code, fr, nl, en, sector, hours, shortage, partner_code)
join partner_organisation p on p.code = k.partner_code;

-- sessions spread over last year, this year and next year, relative to the day the demo is loaded
insert into course_session (course_id, centre_id, room_id, start_date, end_date, seat_capacity, teaching_language, status)
select k.id, c.id, r.id,
       date_trunc('year', current_date)::date + s.start_offset,
       date_trunc('year', current_date)::date + s.start_offset + s.length_days,
       s.seats, s.lang, s.status
from (values
    ('TEC-SOUD-01', 'TECHNICITY',  'T-A01', -200, 150, 12, 'FR', 'CLOSED'),
    ('TEC-SOUD-01', 'TECHNICITY',  'T-A01',   20, 150, 12, 'FR', 'RUNNING'),
    ('TEC-ELEC-01', 'TECHNICITY',  'T-A02',   40, 200, 12, 'FR', 'OPEN'),
    ('TEC-MAIN-NL', 'TECHNICITY',  'T-C11',   60, 120, 14, 'NL', 'OPEN'),
    ('DIG-DEV-01',  'DIGITALCITY', 'D-201',   10, 180, 18, 'FR', 'RUNNING'),
    ('DIG-DEV-01',  'DIGITALCITY', 'D-202',  250, 180, 18, 'FR', 'PLANNED'),
    ('DIG-NET-01',  'DIGITALCITY', 'D-LAB',   30, 120, 16, 'FR', 'OPEN'),
    ('DIG-OFF-01',  'DIGITALCITY', 'D-AUD',   90,  30, 60, 'FR', 'PLANNED'),
    ('LOG-MAG-01',  'LOGISTICITY', 'L-WH1',   15,  90, 12, 'FR', 'RUNNING'),
    ('LOG-CHC-01',  'LOGISTICITY', 'L-C01',  120, 100, 10, 'NL', 'PLANNED'),
    ('CON-MAC-01',  'CONSTRUCITY', 'C-C01',  -30, 240, 14, 'FR', 'RUNNING'),
    ('CON-ISO-01',  'CONSTRUCITY', 'C-C01',  300,  40, 12, 'FR', 'PLANNED')
) as s (course_code, centre_code, room_code, start_offset, length_days, seats, lang, status)
join course k on k.code = s.course_code
join centre c on c.code = s.centre_code
join room r on r.centre_id = c.id and r.code = s.room_code;
