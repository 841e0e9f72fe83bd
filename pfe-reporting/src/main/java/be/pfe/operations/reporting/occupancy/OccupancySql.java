package be.pfe.operations.reporting.occupancy;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the SQL of the occupancy figures, with its parameters in order. Every figure starts from the same
 * tables: the period's buckets (the whole period, or its months), the sessions active in each bucket (not
 * cancelled, within the filters), their seats split into partner quotas and the open pool, and the enrolments
 * that hold or held a seat.
 */
final class OccupancySql {

    /** Hours of a meeting, from its times. */
    private static final String HOURS = "extract(epoch from (m.end_time - m.start_time)) / 3600.0";

    private final OccupancyQuery query;
    private final OccupancyDimension dimension;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** {@code dimension} null: one group, the whole period (the total). */
    OccupancySql(OccupancyQuery query, OccupancyDimension dimension) {
        this.query = query;
        this.dimension = dimension;
        common();
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

    private void common() {
        if (dimension == OccupancyDimension.MONTH) {
            append("""
                    with bucket as (
                        select cast(g as date) as b_start, cast(g + interval '1 month' - interval '1 day' as date) as b_end
                        from generate_series(cast(cast(? as date) as timestamp), cast(cast(? as date) as timestamp),
                                             interval '1 month') g
                    ),""", query.periodStart(), query.periodEnd());
        } else {
            append("with bucket as (select cast(? as date) as b_start, cast(? as date) as b_end),",
                    query.periodStart(), query.periodEnd());
        }
        append("""
                active as (
                    select s.id as session_id, s.start_date, b.b_start, b.b_end, ce.code as centre, ce.name as centre_name,
                           co.code as course, pp.code as providing_partner, pp.name as providing_partner_name
                    from course_session s
                    join bucket b on s.start_date <= b.b_end and s.end_date >= b.b_start
                    join centre ce on ce.id = s.centre_id
                    join course co on co.id = s.course_id
                    join partner_organisation pp on pp.id = co.providing_partner_id
                    where s.status <> 'CANCELLED' and co.kind = 'TRAINING'""");
        // the period's bounds once more, on the session itself: the planner then reads only the period's sessions
        // (through course_session_period) instead of every session ever held, whatever the buckets
        append("and s.start_date <= ? and s.end_date >= ?", query.periodEnd(), query.periodStart());
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
                share as (
                    select q.session_id, q.partner_id, q.seats from session_seat_quota q
                    union all
                    select s.id, null, s.seat_capacity - coalesce((select sum(q.seats) from session_seat_quota q
                                                                    where q.session_id = s.id), 0)
                    from course_session s
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
                    where e.status in ('ADMITTED', 'ENROLLED', 'COMPLETED')
                       or e.status = 'DROPPED_OUT' and exists (
                              select 1 from enrolment_transition t
                              where t.enrolment_id = e.id and t.session_id = e.session_id and t.to_status = 'ADMITTED')
                )""");
    }

    private String key() {
        if (dimension == null) {
            return "'TOTAL'";
        }
        return switch (dimension) {
            case SESSION -> "cast(a.session_id as varchar)";
            case CENTRE -> "a.centre";
            case COURSE -> "a.course";
            case PROVIDING_PARTNER -> "a.providing_partner";
            case QUOTA_PARTNER -> "coalesce(qp.code, '" + OccupancyQuery.POOL + "')";
            case TARGET_GROUP -> "tg.name";
            case MONTH -> "to_char(a.b_start, 'YYYY-MM')";
        };
    }

    private String label() {
        if (dimension == null) {
            return "''";
        }
        return switch (dimension) {
            case SESSION -> "a.course || ' · ' || to_char(a.start_date, 'YYYY-MM-DD')";
            case CENTRE -> "a.centre_name";
            case PROVIDING_PARTNER -> "a.providing_partner_name";
            case QUOTA_PARTNER -> "coalesce(qp.name, '')";
            default -> key();
        };
    }

    private OccupancySql select(String measure) {
        return append("select " + key() + " as key, min(" + label() + ") as label, " + measure);
    }

    private void groups() {
        append("group by 1 order by 1");
    }

    /** Seats offered: the quotas and the pool of each active session. */
    OccupancySql seatsOffered() {
        select("sum(sh.seats)");
        fromShares();
        groups();
        return this;
    }

    /** Seat-hours offered: each seat of each scheduled meeting in the bucket, for its hours. */
    OccupancySql seatHoursOffered() {
        select("sum(sh.seats * " + HOURS + ")");
        append("from active a join share sh on sh.session_id = a.session_id");
        append("join meeting m on m.session_id = a.session_id and m.status = 'SCHEDULED'"
                + " and m.meeting_date between a.b_start and a.b_end");
        append("left join partner_organisation qp on qp.id = sh.partner_id where true");
        quotaFilter();
        groups();
        return this;
    }

    private void fromShares() {
        append("from active a join share sh on sh.session_id = a.session_id");
        append("left join partner_organisation qp on qp.id = sh.partner_id where true");
        quotaFilter();
    }

    /** Seats occupied: the enrolments holding a seat, or that held one and dropped out in or after the bucket. */
    OccupancySql seatsOccupied() {
        select("count(*)");
        fromOccupants();
        groups();
        return this;
    }

    /** Seat-hours attended: present or late at a scheduled meeting of the bucket, for the meeting's hours. */
    OccupancySql seatHoursAttended() {
        select("sum(" + HOURS + ")");
        append("from active a join occupant o on o.session_id = a.session_id");
        append("join attendance att on att.enrolment_id = o.enrolment_id and att.mark in ('PRESENT', 'LATE')");
        append("join meeting m on m.id = att.meeting_id and m.session_id = a.session_id and m.status = 'SCHEDULED'"
                + " and m.meeting_date between a.b_start and a.b_end");
        occupantFilters();
        groups();
        return this;
    }

    /** The enrolments behind one group's seats occupied ({@code key} null: the whole period). */
    OccupancySql occupants(String groupKey, int limit) {
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
                + " and (o.status <> 'DROPPED_OUT' or o.outcome_date >= greatest(a.b_start, a.start_date))");
        append("join learner l on l.id = o.learner_id");
        occupantFilters();
    }

    private void occupantFilters() {
        append("left join partner_organisation qp on qp.id = o.quota_partner_id");
        if (dimension == OccupancyDimension.TARGET_GROUP) {
            append("cross join lateral unnest(string_to_array(o.target_groups, ',')) as tg(name)");
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
