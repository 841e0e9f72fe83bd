-- When a meeting last changed: subscribed calendars use it (with the version as revision) to pick up moves
-- and cancellations.
alter table meeting add column changed_at timestamptz not null default now();
