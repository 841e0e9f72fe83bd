-- Reference data: the partner organisations and the four training and employment centres (PFE)
-- with the partnerships named in the public sources.

insert into partner_organisation (code, name, kind) values
    ('ACTIRIS',                 'Actiris',                                           'PUBLIC_EMPLOYMENT_SERVICE'),
    ('BRUXELLES_FORMATION',     'Bruxelles Formation',                               'PUBLIC_TRAINING_SERVICE'),
    ('VDAB_BRUSSEL',            'VDAB Brussel',                                      'PUBLIC_EMPLOYMENT_SERVICE'),
    ('SFPME',                   'SFPME - Service Formation PME',                     'SME_TRAINING_SERVICE'),
    ('FRM_BRUSSELS',            'FRM Brussels (fonds des fabrications métalliques)', 'SECTOR_FUND'),
    ('CEFORA',                  'CEFORA',                                            'SECTOR_FUND'),
    ('FSTL',                    'FSTL - Fonds Social Transport et Logistique',       'SECTOR_FUND'),
    ('LOGOS',                   'Logos',                                             'SECTOR_FUND'),
    ('BUS_CAR',                 'Bus-Car',                                           'SECTOR_FUND'),
    ('CONSTRUCTION_SECTOR',     'Construcity - partenaires sociaux de la construction', 'SECTOR_FUND'),
    ('BRUXELLES_ENVIRONNEMENT', 'Bruxelles Environnement',                           'PUBLIC_AGENCY'),
    ('EDUCATION',               'Enseignement / Onderwijs',                          'EDUCATION');

insert into centre (code, name, sector, site, operating_since) values
    ('TECHNICITY',  'Technicity.brussels',  'TECHNOLOGY_INDUSTRY', 'Anderlecht', 2019),
    ('DIGITALCITY', 'Digitalcity.brussels', 'DIGITAL',             'Auderghem',  2020),
    ('LOGISTICITY', 'Logisticity.brussels', 'TRANSPORT_LOGISTICS', 'Forest',     2021),
    ('CONSTRUCITY', 'Construcity.brussels', 'CONSTRUCTION',        'Bruxelles-Ville (antenne)', 2021);

insert into centre_partner (centre_id, partner_id)
select c.id, p.id
from centre c
join (values
    ('TECHNICITY',  'FRM_BRUSSELS'), ('TECHNICITY',  'ACTIRIS'), ('TECHNICITY',  'BRUXELLES_FORMATION'),
    ('TECHNICITY',  'VDAB_BRUSSEL'),
    ('DIGITALCITY', 'CEFORA'),       ('DIGITALCITY', 'ACTIRIS'), ('DIGITALCITY', 'BRUXELLES_FORMATION'),
    ('DIGITALCITY', 'VDAB_BRUSSEL'),
    ('LOGISTICITY', 'FSTL'),         ('LOGISTICITY', 'LOGOS'),   ('LOGISTICITY', 'BUS_CAR'),
    ('LOGISTICITY', 'ACTIRIS'),      ('LOGISTICITY', 'BRUXELLES_FORMATION'), ('LOGISTICITY', 'VDAB_BRUSSEL'),
    ('CONSTRUCITY', 'CONSTRUCTION_SECTOR'), ('CONSTRUCITY', 'ACTIRIS'), ('CONSTRUCITY', 'BRUXELLES_FORMATION'),
    ('CONSTRUCITY', 'VDAB_BRUSSEL'), ('CONSTRUCITY', 'BRUXELLES_ENVIRONNEMENT'), ('CONSTRUCITY', 'SFPME'),
    ('CONSTRUCITY', 'EDUCATION')
) as link (centre_code, partner_code) on link.centre_code = c.code
join partner_organisation p on p.code = link.partner_code;
