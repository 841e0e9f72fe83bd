-- Refused requests (401, 403) and refused sign-ins are in the audit trail, aggregated so that a flood cannot fill it:
-- one row per (action, actor, subject, detail) and time window, counting how often it happened in that window
-- (AuditTrail.recordAggregated). Ordinary events keep window_start null and occurrences 1.
alter table audit_event
    add column occurrences  integer     not null default 1 check (occurrences > 0),
    add column window_start timestamptz,
    add column last_at      timestamptz;
create unique index audit_event_aggregated on audit_event (action, actor, subject, detail, window_start)
    where window_start is not null;

-- Failed sign-ins counted per account and client address (Accounts, SignInThrottle): from the 5th failure on, that
-- client waits a growing delay for that account, while its owner elsewhere still signs in.
create table sign_in_failure (
    username      varchar(60) not null,
    client        varchar(64) not null,
    failures      integer     not null check (failures > 0),
    last_failure  timestamptz not null,
    blocked_until timestamptz,
    primary key (username, client)
);
create index sign_in_failure_client on sign_in_failure (client, last_failure);

-- Failed sign-ins per client address over all accounts (and unknown usernames) in a window: too many and the client
-- is refused for a while.
create table sign_in_client (
    client        varchar(64) primary key,
    window_start  timestamptz not null,
    failures      integer     not null check (failures >= 0),
    blocked_until timestamptz
);
