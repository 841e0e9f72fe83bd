-- Demonstration Joint Action Plans: for Technicity and Digitalcity, last year's plan approved by the board and this
-- year's plan as a draft started from it (numbers at the scale of the public 2023 figures). Loadable twice: a centre
-- that already has a plan for a year keeps it.

do $$
declare
    this_year  integer := extract(year from current_date)::integer;
    centre_row record;
    v_plan     bigint;
    v_year     integer;
begin
    for centre_row in select c.id, c.code from centre c where c.code in ('TECHNICITY', 'DIGITALCITY') loop
        foreach v_year in array array[this_year - 1, this_year] loop
            continue when exists (select 1 from joint_action_plan p
                                  where p.centre_id = centre_row.id and p.plan_year = v_year);
            if v_year < this_year then
                insert into joint_action_plan (centre_id, plan_year, version_number, status, created_by, created_at,
                        updated_by, updated_at, submitted_by, submitted_at, decision_text, meeting_date, decided_by,
                        decided_at)
                values (centre_row.id, v_year, 1, 'APPROVED', 'staff.' || lower(centre_row.code),
                        make_date(v_year - 1, 11, 4)::timestamptz, 'board.' || lower(centre_row.code),
                        make_date(v_year - 1, 12, 12)::timestamptz, 'staff.' || lower(centre_row.code),
                        make_date(v_year - 1, 11, 20)::timestamptz,
                        'Plan approuvé à l''unanimité par le conseil d''administration.',
                        make_date(v_year - 1, 12, 12), 'board.' || lower(centre_row.code),
                        make_date(v_year - 1, 12, 12)::timestamptz)
                returning id into v_plan;
            else
                insert into joint_action_plan (centre_id, plan_year, version_number, status, created_by, created_at,
                        updated_by, updated_at)
                values (centre_row.id, v_year, 1, 'DRAFT', 'staff.' || lower(centre_row.code),
                        make_date(v_year - 1, 10, 2)::timestamptz, 'staff.' || lower(centre_row.code),
                        make_date(v_year - 1, 10, 9)::timestamptz)
                returning id into v_plan;
            end if;

            if centre_row.code = 'TECHNICITY' then
                insert into plan_training_line (plan_id, position, course_code, partner_code, sessions, seats) values
                    (v_plan, 0, 'TEC-SOUD-01', 'BRUXELLES_FORMATION', 4, 48),
                    (v_plan, 1, 'TEC-ELEC-01', 'BRUXELLES_FORMATION', 3, 36),
                    (v_plan, 2, 'TEC-MAIN-NL', 'VDAB_BRUSSEL', 2, 28);
                insert into plan_validation_line (plan_id, position, kind, occupation, sessions, candidates) values
                    (v_plan, 0, 'VALIDATION', 'Soudeur / Lasser', 2, 8),
                    (v_plan, 1, 'SCREENING', 'Électricien industriel / Industrieel elektricien', 4, 40);
                insert into plan_in_company_line (plan_id, position, partner_code, trainings) values
                    (v_plan, 0, 'ACTIRIS', 12), (v_plan, 1, 'FRM_BRUSSELS', 7);
                insert into plan_action (plan_id, position, title_fr, title_nl, title_en, owner_code, pillar,
                        target_value, indicator, indicator_text, deadline, short_supply, occupation, funding_source,
                        funding_amount) values
                    (v_plan, 0, 'Former des soudeurs (métier en pénurie)', 'Lassers opleiden (knelpuntberoep)',
                     'Train welders (profession in short supply)', 'FRM_BRUSSELS', 'TRAINING_VALIDATION', 24,
                     'TRAINING_SPOTS', 'chercheurs d''emploi formés au soudage', make_date(v_year, 12, 15), true,
                     'Soudeur', 'EU Recovery and Resilience Facility', 120000.00),
                    (v_plan, 1, 'Job dating avec les entreprises technologiques',
                     'Jobdating met technologiebedrijven', 'Job dating with technology companies', 'ACTIRIS',
                     'EMPLOYMENT', 60, null, 'candidats rencontrant un employeur', make_date(v_year, 6, 30), false,
                     null, null, null);
                insert into plan_role (plan_id, position, name_fr, name_nl, name_en, partner_code, person_name) values
                    (v_plan, 0, 'Coordination du pôle', 'Coördinatie van de pool', 'Centre coordination',
                     'BRUXELLES_FORMATION', 'Claire Dubois'),
                    (v_plan, 1, 'Conseiller emploi', 'Werkconsulent', 'Employment adviser', 'ACTIRIS', 'Youssef Benali'),
                    (v_plan, 2, 'Référent sectoriel', 'Sectorale referent', 'Sector liaison', 'FRM_BRUSSELS', 'Marc Janssens');
                insert into plan_target (plan_id, indicator, target_value) values
                    (v_plan, 'TRAINING_SPOTS', case when v_year < this_year then 474 else 500 end),
                    (v_plan, 'IN_COMPANY_TRAININGS', 19),
                    (v_plan, 'VALIDATIONS_AND_SCREENINGS', 12),
                    (v_plan, 'OCCUPANCY_RATE', 85);
            else
                insert into plan_training_line (plan_id, position, course_code, partner_code, sessions, seats) values
                    (v_plan, 0, 'DIG-DEV-01', 'BRUXELLES_FORMATION', 10, 180),
                    (v_plan, 1, 'DIG-NET-01', 'BRUXELLES_FORMATION', 8, 128),
                    (v_plan, 2, 'DIG-OFF-01', 'CEFORA', 40, 2400);
                insert into plan_validation_line (plan_id, position, kind, occupation, sessions, candidates) values
                    (v_plan, 0, 'VALIDATION', 'Technicien réseaux / Netwerktechnicus', 3, 15),
                    (v_plan, 1, 'SCREENING', 'Développeur web / Webontwikkelaar', 6, 30);
                insert into plan_in_company_line (plan_id, position, partner_code, trainings) values
                    (v_plan, 0, 'ACTIRIS', 20), (v_plan, 1, 'CEFORA', 6);
                insert into plan_action (plan_id, position, title_fr, title_nl, title_en, owner_code, pillar,
                        target_value, indicator, indicator_text, deadline, short_supply, occupation, funding_source,
                        funding_amount) values
                    (v_plan, 0, 'Développeurs pour les PME bruxelloises', 'Ontwikkelaars voor Brusselse kmo''s',
                     'Developers for Brussels SMEs', 'CEFORA', 'TRAINING_VALIDATION', 40, 'TRAINING_SPOTS',
                     'développeurs formés', make_date(v_year, 11, 30), true, 'Développeur web',
                     'EU Recovery and Resilience Facility', 95000.00);
                insert into plan_role (plan_id, position, name_fr, name_nl, name_en, partner_code, person_name) values
                    (v_plan, 0, 'Coordination du pôle', 'Coördinatie van de pool', 'Centre coordination',
                     'BRUXELLES_FORMATION', 'Sophie Lambert'),
                    (v_plan, 1, 'Conseiller emploi', 'Werkconsulent', 'Employment adviser', 'ACTIRIS', 'Karim El Idrissi');
                insert into plan_target (plan_id, indicator, target_value) values
                    (v_plan, 'TRAINING_SPOTS', case when v_year < this_year then 2828 else 2900 end),
                    (v_plan, 'IN_COMPANY_TRAININGS', 26),
                    (v_plan, 'VALIDATIONS_AND_SCREENINGS', 45);
            end if;

            insert into plan_history (plan_id, occurred_at, actor, step, detail)
            select v_plan, created_at, created_by,
                   case when v_year < this_year then 'CREATED' else 'STARTED_FROM_PREVIOUS_YEAR' end,
                   case when v_year < this_year then null
                        else 'from ' || centre_row.code || ' ' || (v_year - 1) || ' v1 (APPROVED)' end
            from joint_action_plan where id = v_plan;
            if v_year < this_year then
                insert into plan_history (plan_id, occurred_at, actor, step, detail)
                select id, submitted_at, submitted_by, 'SUBMITTED', null from joint_action_plan where id = v_plan
                union all
                select id, decided_at, decided_by, 'APPROVED', 'meeting ' || meeting_date || ': ' || decision_text
                from joint_action_plan where id = v_plan;
            end if;
        end loop;
    end loop;
end
$$;
