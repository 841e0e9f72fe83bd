package be.pfe.operations.reporting.yearly;

import be.pfe.operations.domain.shared.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the SQL of the yearly figures with its parameters in order. Every statement starts from the same table of
 * spots ({@link #spots()}): one row per learner per activity counted in the year, with the line it counts in and
 * what it is broken down by. The counting rules live here, once; docs/counting-rules.md says them in words.
 */
final class YearlySql {

    /** The course of a spot as people read it, in the reader's language first. */
    private static final String COURSE_TITLE = "coalesce(co.title_%s, co.title_fr, co.title_nl, co.title_en)";

    /**
     * The target groups a learner belongs to on a day, the rule of {@code TargetGroup.of} (an enrolment stores them;
     * placements, validations and screenings without an enrolment are derived on their first day).
     */
    static final String DERIVED_GROUPS = """
            concat_ws(',',
                case when extract(year from age(sp.begins, l.birth_date)) between 15 and 29 then 'YOUNG' end,
                case when extract(year from age(sp.begins, l.birth_date)) between 15 and 29
                      and l.entry_status in ('JOBSEEKER_ACTIRIS', 'JOBSEEKER_VDAB') then 'NEET' end,
                case when l.education_level in ('NONE', 'PRIMARY', 'LOWER_SECONDARY') then 'LOW_SKILLED' end,
                case when l.entry_status in ('JOBSEEKER_ACTIRIS', 'JOBSEEKER_VDAB') then 'JOBSEEKER' end,
                case when l.entry_status = 'WORKER_AT_RISK' then 'WORKER_AT_RISK' end)""";

    /**
     * An enrolment {@code e} that holds a seat in held session {@code h}, or held one and dropped out on or after the
     * session's first day and during the year ({@code p}): a drop-out of December is not a spot of January.
     */
    static final String SEAT_HELD = """
             (e.status in ('ADMITTED', 'ENROLLED', 'COMPLETED')
                  or e.status in ('DROPPED_OUT', 'SESSION_CANCELLED')
                     and e.outcome_date >= greatest(h.start_date, p.y_start)
                     and exists (select 1 from enrolment_transition t where t.enrolment_id = e.id
                                 and t.session_id = e.session_id and t.to_status = 'ADMITTED'))""";

    private final YearlyQuery query;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    YearlySql(YearlyQuery query) {
        this.query = query;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    private YearlySql append(String text, Object... values) {
        sql.append(text).append('\n');
        parameters.addAll(List.of(values));
        return this;
    }

    /**
     * The spots of the year (and centre): {@code line, kind, record_id, centre_id, course_id, partner_id, learner_id,
     * target_groups (null: derive), begins, ends, session_id, company_id, detail}.
     */
    private void spots() {
        append("with period as (select cast(? as date) as y_start, cast(? as date) as y_end),",
                query.firstDay(), query.lastDay());
        append("scope as (select id from centre" + (query.centre() == null ? "" : " where code = ?") + "),",
                query.centre() == null ? new Object[0] : new Object[] {query.centre()});
        // Sessions held in the year: started on or before its last day, ended on or after its first, and not cancelled
        // on or before their first day; a session cancelled later ends on the day it was cancelled.
        append("""
                held as (
                    select s.id, s.course_id, s.centre_id, s.start_date, s.teaching_language, s.seat_capacity,
                           case when s.status = 'CANCELLED' then least(s.end_date, s.cancelled_on) else s.end_date end
                               as held_end
                    from course_session s, period p
                    where s.centre_id in (select id from scope)
                      and s.start_date <= p.y_end and s.end_date >= p.y_start
                      and (s.status <> 'CANCELLED' or s.cancelled_on > s.start_date)
                ),
                spot as (""");
        // Line 1: enrolments holding a seat, or that held one and dropped out on or after the session's first day and
        // during the year, of learners who were jobseekers when they enrolled (stored on the enrolment), in
        // French-language training sessions of a course provided by Bruxelles Formation or a partner (not VDAB).
        append("""
                    select 'TRAINING_SPOTS' as line, 'ENROLMENT' as kind, e.id as record_id, h.centre_id, h.course_id,
                           co.providing_partner_id as partner_id, e.learner_id, e.target_groups,
                           h.start_date as begins, h.held_end as ends, h.id as session_id,
                           cast(null as bigint) as company_id, e.status as detail
                    from held h
                    cross join period p
                    join course co on co.id = h.course_id and co.kind = 'TRAINING'
                    join partner_organisation pp on pp.id = co.providing_partner_id and pp.code <> 'VDAB_BRUSSEL'
                    join enrolment e on e.session_id = h.id
                    where h.held_end >= p.y_start and h.teaching_language = 'FR'
                      and position(',JOBSEEKER,' in ',' || e.target_groups || ',') > 0
                      and""" + SEAT_HELD);
        // Line 2: placements signed (not drafts) and running at some time in the year; one ended early ends then.
        append("""
                    union all
                    select 'IN_COMPANY_TRAINING', 'PLACEMENT', pl.id, pl.centre_id, cs.course_id, co.providing_partner_id,
                           pl.learner_id, e.target_groups, pl.start_date,
                           case when pl.status = 'ENDED_EARLY' then least(pl.end_date, pl.ended_early_on) else pl.end_date end,
                           cs.id, pl.company_id, pl.placement_type || ' · ' || pl.status
                    from placement pl
                    cross join period p
                    left join enrolment e on e.id = pl.enrolment_id
                    left join course_session cs on cs.id = e.session_id
                    left join course co on co.id = cs.course_id
                    where pl.centre_id in (select id from scope) and pl.status <> 'DRAFT'
                      and pl.start_date <= p.y_end
                      and case when pl.status = 'ENDED_EARLY' then least(pl.end_date, pl.ended_early_on)
                               else pl.end_date end >= p.y_start""");
        // Line 3: candidates of validation sessions held that start in the year (a test counts once, in the year it
        // begins), except those marked absent; and screenings dated in the year.
        append("""
                    union all
                    select 'VALIDATIONS_AND_SCREENINGS', 'VALIDATION', vc.id, h.centre_id, h.course_id,
                           co.providing_partner_id, vc.learner_id, null, h.start_date, h.held_end, h.id,
                           cast(null as bigint), vc.result
                    from held h
                    cross join period p
                    join course co on co.id = h.course_id and co.kind = 'VALIDATION'
                    join validation_candidate vc on vc.session_id = h.id
                    where h.start_date >= p.y_start and vc.result <> 'ABSENT'
                    union all
                    select 'VALIDATIONS_AND_SCREENINGS', 'SCREENING', sc.id, sc.centre_id, sc.course_id,
                           co.providing_partner_id, sc.learner_id, e.target_groups, sc.screened_on, sc.screened_on,
                           cast(null as bigint), cast(null as bigint), sc.recommendation
                    from screening sc
                    cross join period p
                    left join course co on co.id = sc.course_id
                    left join enrolment e on e.id = sc.enrolment_id
                    where sc.centre_id in (select id from scope) and sc.screened_on between p.y_start and p.y_end
                )""");
    }

    /** Opening of every statement: the spots, then the caller's select from {@code sp} (and {@code period p}). */
    private void from(String select) {
        spots();
        append("select " + select);
        append("""
                from spot sp
                cross join period p
                join centre ce on ce.id = sp.centre_id
                left join course co on co.id = sp.course_id
                left join partner_organisation pp on pp.id = sp.partner_id""");
    }

    private void asOfFilter() {
        append("where true");
        if (query.asOf() != null) {
            append("and sp.begins <= ?", query.asOf());
        }
    }

    /** One key and label per dimension, for spots {@code sp} joined to centre {@code ce}, course {@code co}, partner {@code pp}. */
    static String key(YearlyDimension dimension) {
        return switch (dimension) {
            case CENTRE -> "ce.code";
            case PARTNER -> "coalesce(pp.code, '" + YearlyFigures.NONE + "')";
            case COURSE -> "coalesce(co.code, '" + YearlyFigures.NONE + "')";
            case TARGET_GROUP -> "tg.name";
            case MONTH -> "to_char(greatest(sp.begins, p.y_start), 'YYYY-MM')";
        };
    }

    static String label(YearlyDimension dimension, Language language) {
        return switch (dimension) {
            case CENTRE -> "ce.name";
            case PARTNER -> "coalesce(pp.name, '')";
            case COURSE -> "coalesce(" + COURSE_TITLE.formatted(language.name().toLowerCase()) + ", '')";
            case TARGET_GROUP, MONTH -> key(dimension);
        };
    }

    /** Every counted record: {@code line, kind, record_id} (a closed year's report compares them over time). */
    YearlySql countedRecords() {
        from("sp.line, sp.kind, sp.record_id");
        asOfFilter();
        return this;
    }

    /**
     * Spots per line, and per line and group of each dimension but target groups, in one pass:
     * {@code dimension (null: the line's total), line, key, label, spots}.
     */
    YearlySql counts(Language language) {
        StringBuilder dimensions = new StringBuilder("case");
        StringBuilder sets = new StringBuilder("(sp.line)");
        for (YearlyDimension dimension : YearlyDimension.values()) {
            if (dimension == YearlyDimension.TARGET_GROUP) {
                continue;
            }
            dimensions.append(" when grouping(").append(key(dimension)).append(") = 0 then '")
                    .append(dimension.name()).append("'");
            sets.append(", (sp.line, ").append(key(dimension)).append(", ").append(label(dimension, language)).append(")");
        }
        dimensions.append(" end");
        StringBuilder keys = new StringBuilder("coalesce(");
        StringBuilder labels = new StringBuilder("coalesce(");
        for (YearlyDimension dimension : YearlyDimension.values()) {
            if (dimension != YearlyDimension.TARGET_GROUP) {
                keys.append(key(dimension)).append(", ");
                labels.append(label(dimension, language)).append(", ");
            }
        }
        keys.append("'')");
        labels.append("'')");
        from(dimensions + " as dimension, sp.line, " + keys + " as key, " + labels + " as label, count(*)");
        asOfFilter();
        append("group by grouping sets (" + sets + ")");
        return this;
    }

    /** Spots per line and target group (a spot counts in each of its groups): {@code line, key, spots}. */
    YearlySql targetGroupCounts() {
        from("sp.line, tg.name, count(*)");
        append("join learner l on l.id = sp.learner_id");
        append("cross join lateral unnest(string_to_array(coalesce(sp.target_groups, " + DERIVED_GROUPS
                + "), ',')) as tg(name)");
        asOfFilter();
        append("and tg.name <> ''");
        append("group by 1, 2");
        return this;
    }

    /**
     * The records behind a figure: a line (null: all), a group of a dimension (null: the line's total). Columns:
     * {@code line, kind, record_id, centre, description, learner_id, family_name, given_name, begins, ends}.
     */
    YearlySql records(YearlyLine line, YearlyDimension dimension, String key, Language language, int limit) {
        from("""
                sp.line, sp.kind, sp.record_id, ce.code,
                concat_ws(' · ', co.code, cm.name, sc.occupation, sp.detail), sp.learner_id, l.family_name, l.given_name,
                sp.begins, sp.ends""");
        append("join learner l on l.id = sp.learner_id");
        append("left join company cm on cm.id = sp.company_id");
        append("left join screening sc on sp.kind = 'SCREENING' and sc.id = sp.record_id");
        if (dimension == YearlyDimension.TARGET_GROUP) {
            append("cross join lateral unnest(string_to_array(coalesce(sp.target_groups, " + DERIVED_GROUPS
                    + "), ',')) as tg(name)");
        }
        asOfFilter();
        if (line != null) {
            append("and sp.line = ?", line.name());
        }
        if (dimension != null) {
            append("and " + key(dimension) + " = ?", key == null ? "" : key);
        }
        append("order by sp.line, sp.kind, sp.begins, sp.record_id limit " + limit);
        return this;
    }

    /**
     * The opening of a statement on held sessions {@code h} (not the spots), their centre {@code ce} and course
     * {@code co}, with more joins; only sessions begun by the query's day when {@code begunByAsOf}.
     */
    private void fromHeld(String select, String joins, boolean begunByAsOf) {
        spots();
        append("select " + select);
        append("""
                from held h
                cross join period p
                join centre ce on ce.id = h.centre_id
                join course co on co.id = h.course_id""");
        append(joins);
        append("where h.held_end >= p.y_start");
        if (begunByAsOf && query.asOf() != null) {
            append("and h.start_date <= ?", query.asOf());
        }
    }

    /** Sessions held in the year (any course, language, partner): {@code sessions, seats}, or the sessions themselves. */
    YearlySql sessionsHeld(boolean records) {
        fromHeld(records ? """
                null, 'SESSION', h.id, ce.code, concat_ws(' · ', co.code, h.teaching_language, h.seat_capacity),
                null, null, null, h.start_date, h.held_end""" : "count(*), coalesce(sum(h.seat_capacity), 0)", "", true);
        return records ? ordered() : this;
    }

    /** Enrolments holding a seat in the sessions held, whoever the learner: {@code enrolments}, or the records. */
    YearlySql seatsHeld(boolean records) {
        fromHeld(records ? """
                null, 'ENROLMENT', e.id, ce.code, concat_ws(' · ', co.code, e.status), e.learner_id, l.family_name,
                l.given_name, h.start_date, h.held_end""" : "count(*)",
                "join enrolment e on e.session_id = h.id join learner l on l.id = e.learner_id", true);
        append("and" + SEAT_HELD);
        return records ? ordered() : this;
    }

    /**
     * Candidates of the year's validation sessions: {@code passed, failed, pending}; certificates counted by their
     * date ({@code certificates} up to the query's day), or the candidates holding one.
     */
    YearlySql certificates(boolean records) {
        fromHeld(records ? """
                null, 'VALIDATION', vc.id, ce.code, concat_ws(' · ', co.code, vc.certificate_number), vc.learner_id,
                l.family_name, l.given_name, vc.certificate_date, vc.certificate_date"""
                : """
                count(*) filter (where vc.result = 'PASSED'), count(*) filter (where vc.result = 'FAILED'),
                count(*) filter (where vc.result = 'PENDING'),
                count(*) filter (where vc.certificate_date between p.y_start and least(p.y_end, cast(? as date)))""",
                "join validation_candidate vc on vc.session_id = h.id join learner l on l.id = vc.learner_id", false);
        if (records) {
            append("and vc.certificate_date between p.y_start and least(p.y_end, cast(? as date))", asOfOrEnd());
            return ordered();
        }
        parameters.add(countParameters(), asOfOrEnd());
        return this;
    }

    /** Meeting attendances of the year up to the query's day: {@code attended (present, late), expected (+ absent)}. */
    YearlySql attendance() {
        fromHeld("""
                count(*) filter (where a.mark in ('PRESENT', 'LATE')),
                count(*) filter (where a.mark in ('PRESENT', 'LATE', 'ABSENT'))""",
                "join meeting m on m.session_id = h.id and m.status = 'SCHEDULED' join attendance a on a.meeting_id = m.id",
                false);
        append("and m.meeting_date between p.y_start and least(p.y_end, cast(? as date))", asOfOrEnd());
        return this;
    }

    private java.time.LocalDate asOfOrEnd() {
        return query.asOf() == null ? query.lastDay() : query.asOf();
    }

    /** The parameters of the opening (period and centre), before those of the select list. */
    private int countParameters() {
        return query.centre() == null ? 2 : 3;
    }

    private YearlySql ordered() {
        append("order by 2, 9, 3 limit " + YearlyFigures.MAX_RECORDS);
        return this;
    }
}
