-- The catalogue kept in the pages and the API: a course's teaching language by default, its target groups, and
-- its retirement (a retired course keeps its sessions and history, is shown as retired, and is planned no more).

alter table course add column teaching_language varchar(2) not null default 'FR'
    check (teaching_language in ('FR', 'NL', 'EN'));
alter table course add column target_groups varchar(120) not null default '';
alter table course add column retired_on date;
alter table course add column retired_by varchar(60);
alter table course add constraint course_retired_with_who check ((retired_on is null) = (retired_by is null));

update course set teaching_language = 'NL' where code like '%-NL';

-- a room's seats: a whole number from 1 to 1000 (checked in the domain too)
alter table room add constraint room_seat_capacity_bounded check (seat_capacity <= 1000);
