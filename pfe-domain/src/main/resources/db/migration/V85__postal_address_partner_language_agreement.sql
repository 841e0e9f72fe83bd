-- The learner's postal address (optional): printed on the letters and documents sent by post. Never the national
-- register number.
alter table learner add column street varchar(200);
alter table learner add column postal_code varchar(10);
alter table learner add column town varchar(100);

-- The language a partner organisation reads its messages in (French unless it chose otherwise).
alter table partner_organisation add column notification_language varchar(2) not null default 'FR'
    check (notification_language in ('FR', 'NL', 'EN'));

-- The in-company training agreement is a numbered document too: about a placement, not an enrolment.
alter table issued_document drop constraint issued_document_kind_check;
alter table issued_document add constraint issued_document_kind_check
    check (kind in ('CONVOCATION', 'ATTENDANCE', 'COMPLETION', 'AGREEMENT'));
alter table issued_document add column placement_id bigint references placement (id) on delete cascade;
alter table issued_document alter column enrolment_id drop not null;
alter table issued_document alter column session_id drop not null;
alter table issued_document add constraint issued_document_about
    check (enrolment_id is not null or placement_id is not null);
create index issued_document_placement on issued_document (placement_id) where placement_id is not null;
