-- Demonstration accounts, one per role (loaded only with the demonstration data, never in production).
-- Every one of them has the password pfe-demo-2042 (listed in the README); hashes made with
-- be.pfe.operations.domain.account.PasswordHasher, each with its own salt. No language yet but for the Digitalcity
-- staff member: the interface speaks the browser's language until the user chooses one.

insert into user_account (username, display_name, password_hash, preferred_language) values
    ('admin', 'Alex Admin', 'pbkdf2-sha256$210000$gMGtN5NEhNxgYjnVPuXpzA==$UFw/Rep0YxptJrr/w9NPZL5lzU+JsLREKO1ywrB5Qzs=', null),
    ('staff.technicity', 'Sam Staff (Technicity)', 'pbkdf2-sha256$210000$cZo8YhfDa14O5ChoZq2IMA==$5qshZjYGWZw8omRU9sMc4QC5+BHNLRrWwt23soPMbLg=', null),
    ('staff.digitalcity', 'Dana Staff (Digitalcity)', 'pbkdf2-sha256$210000$1fzhdcy91eqwQTD7+0ubLg==$hdOHhZ0v89MX5AZvoyWWzUJlQ/IjCyPpLBSdLuwzOuo=', 'NL'),
    ('manager.actiris', 'Morgan Manager (Actiris)', 'pbkdf2-sha256$210000$cAGP1pavQFsRUywlX3thOQ==$i9GToexlpZglirrNIyQAU7e0juW2WcB/g/8OTSdgHEo=', null),
    ('board.technicity', 'Bo Board (Technicity)', 'pbkdf2-sha256$210000$Ml9CAJ2iD4oQY1/zvEUc4g==$VPLROCsBt4CBxee3v8A5e4Yz+8frJ2e7tGo0RjaBxE8=', null),
    ('auditor', 'Ari Auditor', 'pbkdf2-sha256$210000$b0xEOEQAgULOxpiNxRCgXA==$PjRQmFcUxUMG4t2eJ5yJok/YPsXZgD2GPrLHrBgN6Bk=', null)
-- loading the demonstration again (a test does) keeps the accounts as they are
on conflict (username) do nothing;

insert into user_role (user_id, role, centre_code, partner_code)
select u.id, r.role, r.centre_code, r.partner_code
from user_account u
join (values
    ('admin', 'ADMINISTRATOR', null, null),
    ('staff.technicity', 'CENTRE_STAFF', 'TECHNICITY', null),
    ('staff.digitalcity', 'CENTRE_STAFF', 'DIGITALCITY', null),
    ('manager.actiris', 'PARTNER_MANAGER', null, 'ACTIRIS'),
    ('board.technicity', 'BOARD_MEMBER', 'TECHNICITY', null),
    ('auditor', 'AUDITOR', null, null)
) as r (username, role, centre_code, partner_code) on r.username = u.username
where not exists (select 1 from user_role given where given.user_id = u.id);
