-- The version of a partner's notification address and language (moved by every change of either): the ETag of
-- GET /api/v1/partners/{code}/notification-address, sent back in If-Match by a change (no lost update).
alter table partner_organisation add column notification_version bigint not null default 0;
