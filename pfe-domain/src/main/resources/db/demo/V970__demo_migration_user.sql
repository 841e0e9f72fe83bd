-- The data migration demonstration account (issue 16): brings past years in (history import, back-dated steps).
-- Password pfe-demo-2042 like the other demonstration accounts; hash made with PasswordHasher, its own salt.
insert into user_account (username, display_name, password_hash, preferred_language) values
    ('migration', 'Mo Migration', 'pbkdf2-sha256$210000$dZa2bTSinR9s1er5DJsz+A==$XJJM7FsrTLaAXxoRkBe8hSMGepXu7PA2Z7EDsdnF6js=', null)
on conflict (username) do nothing;

insert into user_role (user_id, role, centre_code, partner_code)
select u.id, 'DATA_MIGRATION', null, null
from user_account u
where u.username = 'migration'
  and not exists (select 1 from user_role given where given.user_id = u.id);
