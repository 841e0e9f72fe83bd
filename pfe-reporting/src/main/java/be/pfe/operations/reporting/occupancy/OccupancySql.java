package be.pfe.operations.reporting.occupancy;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the SQL of the occupancy figures, with its parameters in order. Every figure starts from the same
 * tables: the period's buckets (the whole period, or its months), the sessions active in each bucket (not
 * cancelled on or before their first day; one cancelled later is held until the day it was cancelled, as in the
 * yearly report; within the filters), their seats split into partner quotas and the open pool, and the enrolments
 * that hold or held a seat.
 *
 * <p>The figures of a report (its groups and the period's total, four measures each) come from one statement, so
 * that the period's sessions, enrolments and attendance are read once. Buckets always start on the first day of a
 * month and end on the last day of one (a period is a year or a month), so a meeting falls in a bucket exactly when
 * the first day of its month does: meetings and attendance are counted per session, month and meeting length before
 * they meet the buckets (attendance read from its summary {@code attended_meetings}, which the database keeps
 * counted that way), and the hours of a length are multiplied by the count, which in SQL's exact numeric arithmetic
 * equals adding them up one by one.
 */
final class OccupancySql {

    /** What one row of {@link #figures} measures. */
    enum Measure {
        SEATS_OCCUPIED,
        SEATS_OFFERED,
        SEAT_HOURS_OFFERED,
        SEAT_HOURS_ATTENDED
    }

    /** Hours of a meeting, from its times. */
    private static final String HOURS = "extract(epoch from (m.end_time - m.start_time)) / 3600.0";
    /** Hours of a meeting length (an interval), the same value as {@link #HOURS} of a meeting that long. */
    private static final String LENGTH_HOURS = "extract(epoch from length) / 3600.0";
    /** The first day of a meeting's month. */
    private static final String MEETING_MONTH = "m.meeting_date - cast(extract(day from m.meeting_date) as int) + 1";

    private final OccupancyQuery query;
    private final OccupancyDimension dimension;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /**
     * The buckets of the groups ({@code groups}: by {@code query.by()}) and of the total ({@code total}: the whole
     * period, its key {@code TOTAL}), one or both.
     */
    private OccupancySql(OccupancyQuery query, boolean groups, boolean total) {
        this.query = query;
        this.dimension = query.by();
        common(groups, total);
    }

    /**
     * The four measures of each group and of the total: {@code measure, total, key, label, value}, one row per measure
     * and group that has one (seats offered and seat-hours offered only where {@link OccupancyQuery#offeredApplies()}).
     */
    static OccupancySql figures(OccupancyQuery query) {
        return new OccupancySql(query, true, true).measures();
    }

    /** The enrolments behind one group's seats occupied ({@code groupKey} null: the whole period). */
    static OccupancySql occupants(OccupancyQuery query, String groupKey, int limit) {
        return new OccupancySql(query, groupKey != null, groupKey == null).occupants(groupKey, limit);
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    private OccupancySql append(String text, Object... values) {
        sql.append(text).append('\n');
        parameters.addAll(List.of(values));
        return this;
    }

    private void common(boolean groups, boolean total) {
        append("with bucket as (");
        if (groups && dimension == OccupancyDimension.MONTH) {
            append("""
                    select false as total, cast(g as date) as b_start,
                           cast(g + interval '1 month' - interval '1 day' as date) as b_end
                    from generate_series(cast(cast(? as date) as timestamp), cast(cast(? as date) as timestamp),
                                         interval '1 month') g""", query.periodStart(), query.periodEnd());
        } else if (groups) {
            append("select false as total, cast(? as date) as b_start, cast(? as date) as b_end",
                    query.periodStart(), query.periodEnd());
        }
        if (groups && total) {
            append("union all");
        }
        if (total) {
            append("select true as total, cast(? as date) as b_start, cast(? as date) as b_end", query.periodStart(),
                    query.periodEnd());
        }
        // the period's sessions within the filters, read once; the buckets each is active in
        append("""
                ),
                held as (
                    select s.id as session_id, s.start_date,
                           case when s.status = 'CANCELLED' then least(s.end_date, s.cancelled_on) else s.end_date end
                               as end_date,
                           s.seat_capacity, ce.code as centre,
                           ce.name as centre_name, co.code as course, pp.code as providing_partner,
                           pp.name as providing_partner_name
                    from course_session s
                    join centre ce on ce.id = s.centre_id
                    join course co on co.id = s.course_id
                    join partner_organisation pp on pp.id = co.providing_partner_id
                    where (s.status <> 'CANCELLED' or s.cancelled_on > s.start_date) and co.kind = 'TRAINING'""");
        // a session cancelled after its first day was held until the day it was cancelled (docs/counting-rules.md)
        append("and s.start_date <= ? and (case when s.status = 'CANCELLED' then least(s.end_date, s.cancelled_on)"
                + " else s.end_date end) >= ?", query.periodEnd(), query.periodStart());
        if (query.centre() != null) {
            append("and ce.code = ?", query.centre());
        }
        if (query.course() != null) {
            append("and co.code = ?", query.course());
        }
        if (query.providingPartner() != null) {
            append("and pp.code = ?", query.providingPartner());
        }
        append("""
                ),
                active as (
                    select h.*, b.total, b.b_start, b.b_end
                    from held h join bucket b on h.start_date <= b.b_end and h.end_date >= b.b_start
                ),
                share as (
                    select q.session_id, q.partner_id, q.seats from session_seat_quota q
                    where q.session_id in (select session_id from held)
                    union all
                    select h.session_id, null, h.seat_capacity - coalesce(qs.seats, 0)
                    from held h
                    left join (select q.session_id, sum(q.seats) as seats from session_seat_quota q
                               where q.session_id in (select session_id from held) group by q.session_id) qs
                           on qs.session_id = h.session_id
                ),
                occupant as (
                    select e.id as enrolment_id, e.session_id, e.learner_id, e.status, e.outcome_date, e.target_groups,
                           case when e.seat = 'QUOTA' then e.seat_partner_id
                                when e.seat = 'POOL' then null
                                when exists (select 1 from session_seat_quota q
                                             where q.session_id = e.session_id and q.partner_id = e.partner_id)
                                    then e.partner_id
                           end as quota_partner_id
                    from enrolment e
                    where e.session_id in (select session_id from held)
                      and (e.status in ('ADMITTED', 'ENROLLED', 'COMPLETED')
                           or e.status in ('DROPPED_OUT', 'SESSION_CANCELLED') and exists (
                                  select 1 from enrolment_transition t
                                  where t.enrolment_id = e.id and t.session_id = e.session_id
                                    and t.to_status = 'ADMITTED'))
                )""");
    }

    private String key() {
        String key = switch (dimension) {
            case SESSION -> "cast(a.session_id as varchar)";
            case CENTRE -> "a.centre";
            case COURSE -> "a.course";
            case PROVIDING_PARTNER -> "a.providing_partner";
            case QUOTA_PARTNER -> "coalesce(qp.code, '" + OccupancyQuery.POOL + "')";
            case TARGET_GROUP -> "tg.name";
            case MONTH -> "to_char(a.b_start, 'YYYY-MM')";
        };
        return "case when a.total then 'TOTAL' else " + key + " end";
    }

    private String label() {
        String label = switch (dimension) {
            case SESSION -> "a.course || ' · ' || to_char(a.start_date, 'YYYY-MM-DD')";
            case CENTRE -> "a.centre_name";
            case PROVIDING_PARTNER -> "a.providing_partner_name";
            case QUOTA_PARTNER -> "coalesce(qp.name, '')";
            case COURSE -> "a.course";
            case TARGET_GROUP -> "tg.name";
            case MONTH -> "to_char(a.b_start, 'YYYY-MM')";
        };
        return "case when a.total then '' else " + label + " end";
    }

    private OccupancySql measures() {
        // What the measures need of an occupant besides its session: its quota partner and target groups only when
        // the figures are split or filtered by them; otherwise occupants and attendance fold into far fewer rows.
        String quota = byQuota() ? "o.quota_partner_id" : "cast(null as bigint)";
        String groups = byTargetGroups() ? "o.target_groups" : "cast(null as varchar)";
        // the seats held per session (and quota partner, target groups), with the day each drop-out left
        append("""
                ,
                seat as (
                    select o.session_id, %s as quota_partner_id, %s as target_groups,
                           o.status in ('DROPPED_OUT', 'SESSION_CANCELLED') as dropped,
                           case when o.status in ('DROPPED_OUT', 'SESSION_CANCELLED') then o.outcome_date end
                               as outcome_date, count(*) as seats
                    from occupant o
                    group by 1, 2, 3, 4, 5
                ),""".formatted(quota, groups));
        // the period's scheduled meetings of its sessions, counted per session, month and length; the attendance
        // (present or late) at them, already counted per session, month, length and enrolment in attended_meetings
        // (kept exact by triggers, V19), then the occupants' per session, month and length (and quota partner,
        // target groups)
        append("""
                meeting_length as (
                    select m.session_id, %1$s as month, m.end_time - m.start_time as length, count(*) as meetings
                    from meeting m
                    where m.session_id in (select session_id from held) and m.status = 'SCHEDULED'
                      and m.meeting_date between ? and ?
                    group by 1, 2, 3
                ),
                attended as (
                    select o.session_id, %2$s as quota_partner_id, %3$s as target_groups, at.month, at.length,
                           sum(at.meetings) as meetings
                    from attended_meetings at
                    join occupant o on o.enrolment_id = at.enrolment_id and o.session_id = at.session_id
                    where at.month between ? and ?
                    group by 1, 2, 3, 4, 5
                )""".formatted(MEETING_MONTH, quota, groups), query.periodStart(), query.periodEnd(),
                query.periodStart(), query.periodEnd());
        seatsOccupied();
        if (query.offeredApplies()) {
            append("union all");
            seatsOffered();
            append("union all");
            seatHoursOffered();
        }
        append("union all");
        seatHoursAttended();
        return this;
    }

    private boolean byQuota() {
        return dimension == OccupancyDimension.QUOTA_PARTNER || query.quotaPartner() != null;
    }

    private boolean byTargetGroups() {
        return dimension == OccupancyDimension.TARGET_GROUP || query.targetGroup() != null;
    }

    private void select(Measure measure, String value) {
        append("select '" + measure.name() + "', a.total, " + key() + ", min(" + label() + "), " + value);
    }

    /** Seat-hours: a subquery of hours per group and meeting length (its {@code count}), added up per group. */
    private void selectHours(Measure measure, String count) {
        append("select '" + measure.name() + "', total, key, min(label), sum(" + LENGTH_HOURS + " * n) from (");
        append("select a.total, " + key() + " as key, min(" + label() + ") as label, length, sum(" + count + ") as n");
    }

    /** Seats offered: the quotas and the pool of each active session. */
    private void seatsOffered() {
        select(Measure.SEATS_OFFERED, "sum(sh.seats)");
        fromShares();
        append("group by 2, 3");
    }

    /** Seat-hours offered: each seat of each scheduled meeting in the bucket, for its hours. */
    private void seatHoursOffered() {
        selectHours(Measure.SEAT_HOURS_OFFERED, "sh.seats * ml.meetings");
        append("from active a join share sh on sh.session_id = a.session_id");
        append("join meeting_length ml on ml.session_id = a.session_id and ml.month between a.b_start and a.b_end");
        append("left join partner_organisation qp on qp.id = sh.partner_id where true");
        quotaFilter();
        append("group by 1, 2, 4) hours group by 2, 3");
    }

    private void fromShares() {
        append("from active a join share sh on sh.session_id = a.session_id");
        append("left join partner_organisation qp on qp.id = sh.partner_id where true");
        quotaFilter();
    }

    /** Seats occupied: the enrolments holding a seat, or that held one and dropped out in or after the bucket. */
    private void seatsOccupied() {
        select(Measure.SEATS_OCCUPIED, "sum(o.seats)");
        append("from active a join seat o on o.session_id = a.session_id"
                + " and (not o.dropped or o.outcome_date >= greatest(a.b_start, a.start_date))");
        occupantFilters();
        append("group by 2, 3");
    }

    /** Seat-hours attended: present or late at a scheduled meeting of the bucket, for the meeting's hours. */
    private void seatHoursAttended() {
        selectHours(Measure.SEAT_HOURS_ATTENDED, "o.meetings");
        append("from active a join attended o on o.session_id = a.session_id"
                + " and o.month between a.b_start and a.b_end");
        occupantFilters();
        append("group by 1, 2, 4) hours group by 2, 3");
    }

    private OccupancySql occupants(String groupKey, int limit) {
        append("""
                select o.enrolment_id, a.session_id, a.centre, a.course, l.family_name, l.given_name, l.niss, o.status,
                       coalesce(qp.code, '%s'), o.target_groups,
                       coalesce((select sum(%s) from attendance att
                                 join meeting m on m.id = att.meeting_id
                                 where att.enrolment_id = o.enrolment_id and att.mark in ('PRESENT', 'LATE')
                                   and m.session_id = a.session_id and m.status = 'SCHEDULED'
                                   and m.meeting_date between a.b_start and a.b_end), 0)"""
                .formatted(OccupancyQuery.POOL, HOURS));
        fromOccupants();
        if (groupKey != null) {
            append("and " + key() + " = ?", groupKey);
        }
        append("order by l.family_name, l.given_name, o.enrolment_id limit " + limit);
        return this;
    }

    private void fromOccupants() {
        append("from active a join occupant o on o.session_id = a.session_id"
                + " and (o.status not in ('DROPPED_OUT', 'SESSION_CANCELLED') or o.outcome_date >= greatest(a.b_start, a.start_date))");
        append("join learner l on l.id = o.learner_id");
        occupantFilters();
    }

    /** The quota partner and target groups of occupants {@code o} (or of their seats or attendance). */
    private void occupantFilters() {
        append("left join partner_organisation qp on qp.id = o.quota_partner_id");
        if (dimension == OccupancyDimension.TARGET_GROUP) {
            // each of the learner's groups; the total counts the learner once
            append("cross join lateral unnest(case when a.total then array['']"
                    + " else string_to_array(o.target_groups, ',') end) as tg(name)");
        }
        append("where true");
        quotaFilter();
        if (query.targetGroup() != null) {
            append("and position(',' || ? || ',' in ',' || o.target_groups || ',') > 0", query.targetGroup().name());
        }
    }

    private void quotaFilter() {
        if (query.quotaPartner() != null) {
            append("and coalesce(qp.code, '" + OccupancyQuery.POOL + "') = ?", query.quotaPartner());
        }
    }
}
