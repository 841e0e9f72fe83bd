-- Historical records (issue 16). Every step of an enrolment carries the day it happened (effective_on) apart from the
-- moment it was recorded (occurred_at) and who recorded it (actor). A step recorded more than the back-dating
-- window after the day it happened (pfe.backdating.days) is marked back-dated; only the history-import right may
-- record one (administrators, data migration).

alter table enrolment_transition add column effective_on date;
alter table enrolment_transition add column backdated boolean not null default false;

alter table enrolment_transition disable trigger enrolment_transition_append_only;
update enrolment_transition set effective_on = cast(occurred_at at time zone 'Europe/Brussels' as date);
alter table enrolment_transition enable trigger enrolment_transition_append_only;

-- rows written without a day (scripts, older code) happened on the day they were recorded
create function enrolment_transition_effective_on() returns trigger language plpgsql as $$
begin
    if new.effective_on is null then
        new.effective_on := cast(new.occurred_at at time zone 'Europe/Brussels' as date);
    end if;
    return new;
end $$;
create trigger enrolment_transition_effective_on before insert on enrolment_transition
    for each row execute function enrolment_transition_effective_on();
alter table enrolment_transition alter column effective_on set not null;

-- The data migration role: brings a centre's past years in (history import, back-dating beyond the window).
alter table user_role drop constraint if exists user_role_role_check;
alter table user_role add constraint user_role_role_check check (role in
    ('ADMINISTRATOR', 'CENTRE_STAFF', 'PARTNER_MANAGER', 'BOARD_MEMBER', 'AUDITOR', 'DATA_MIGRATION'));
alter table user_role drop constraint if exists user_role_check;
alter table user_role add constraint user_role_check check (
    (role in ('CENTRE_STAFF', 'BOARD_MEMBER') and centre_code is not null and partner_code is null)
    or (role = 'PARTNER_MANAGER' and partner_code is not null and centre_code is null)
    or (role in ('ADMINISTRATOR', 'AUDITOR', 'DATA_MIGRATION') and centre_code is null and partner_code is null));

-- The source systems' own ids of imported records: (source partner, kind, external id) -> the record made of it.
-- Importing the same file again finds its records here and changes nothing; two partners' ids never collide.
create table external_reference (
    source      varchar(40)  not null,
    kind        varchar(20)  not null,
    external_id varchar(100) not null,
    internal_id bigint       not null,
    imported_at timestamptz  not null default now(),
    imported_by varchar(100) not null,
    primary key (source, kind, external_id)
);
create index external_reference_record on external_reference (kind, internal_id);

-- The figures of a closed year's yearly report as first produced: a later report of that year compares with them
-- and says what was corrected since.
create table yearly_snapshot (
    centre_code  varchar(40)  not null,   -- '*' for all centres together
    year         integer      not null,
    line         varchar(40)  not null,
    spots        bigint       not null,
    records      text         not null,   -- the counted records, 'KIND:id' sorted, comma-separated
    taken_at     timestamptz  not null default now(),
    primary key (centre_code, year, line)
);
