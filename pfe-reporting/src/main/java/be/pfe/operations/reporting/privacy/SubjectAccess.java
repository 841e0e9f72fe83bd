package be.pfe.operations.reporting.privacy;

import java.time.Clock;
import jakarta.inject.Inject;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gathers everything held on one learner for a subject-access export. Read with SQL over the tables themselves (the
 * pathway's placements, visits and screenings included), a handful of queries whatever the learner's history.
 */
@ApplicationScoped
public class SubjectAccess {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    /** The application's clock (Brussels); the plain constructor's callers get the system clock. */
    @Inject
    Clock clock = Clocks.system();

    protected SubjectAccess() {
        // for CDI
    }

    public SubjectAccess(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The learner's dossier, course titles in the reader's language. */
    public LearnerDossier dossierOf(long learnerId, Language language, String generatedBy) {
        List<Object[]> identity = rows("""
                select family_name, given_name, birth_date, niss, email, phone, language, entry_status, education_level,
                       created_at, pseudonymised_at,
                       case when street is null then null else concat(street, ', ', postal_code, ' ', town) end
                from learner where id = ?""", learnerId);
        if (identity.isEmpty()) {
            throw new NotFoundException("learner.unknown", null, learnerId);
        }
        Object[] row = identity.get(0);
        LearnerDossier.Identity person = new LearnerDossier.Identity((String) row[0], (String) row[1], date(row[2]),
                formatted((String) row[3]), (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                (String) row[8], instant(row[9]), instant(row[10]), (String) row[11]);
        return new LearnerDossier(learnerId, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), generatedBy, person,
                enrolments(learnerId, language), attendance(learnerId), placements(learnerId), screenings(learnerId),
                validations(learnerId, language), messages(learnerId));
    }

    /** The messages written about the learner (to them or to their referring partner), as the outbox keeps them. */
    private List<LearnerDossier.MessageEntry> messages(long learnerId) {
        return rows("""
                select created_at, kind, recipient_kind, recipient, subject, status, sent_at
                from outbox_message where learner_id = ? order by created_at, id""", learnerId).stream()
                .map(r -> new LearnerDossier.MessageEntry(instant(r[0]), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], instant(r[6])))
                .toList();
    }

    private List<LearnerDossier.EnrolmentEntry> enrolments(long learnerId, Language language) {
        Map<Long, List<LearnerDossier.TransitionEntry>> history = rows("""
                select t.enrolment_id, t.step_number, t.from_status, t.to_status, t.occurred_at, t.actor,
                       coalesce(t.reason, t.reason_key)
                from enrolment_transition t join enrolment e on e.id = t.enrolment_id
                where e.learner_id = ? order by t.enrolment_id, t.step_number""", learnerId).stream()
                .collect(Collectors.groupingBy(r -> number(r[0]), Collectors.mapping(r -> new LearnerDossier.TransitionEntry(
                        (int) number(r[1]), (String) r[2], (String) r[3], instant(r[4]), (String) r[5], (String) r[6]),
                        Collectors.toList())));
        return rows("""
                select e.id, s.id, ce.code, co.code, co.title_fr, co.title_nl, co.title_en, s.start_date, s.end_date,
                       e.status, e.applied_on, p.code, e.target_groups, e.outcome_reason, e.outcome_date
                from enrolment e join course_session s on s.id = e.session_id join centre ce on ce.id = s.centre_id
                join course co on co.id = s.course_id left join partner_organisation p on p.id = e.partner_id
                where e.learner_id = ? order by s.start_date, e.id""", learnerId).stream()
                .map(r -> new LearnerDossier.EnrolmentEntry(number(r[0]), number(r[1]), (String) r[2], (String) r[3],
                        title(language, r[4], r[5], r[6]), date(r[7]), date(r[8]), (String) r[9], date(r[10]),
                        (String) r[11], (String) r[12], (String) r[13], date(r[14]),
                        history.getOrDefault(number(r[0]), List.of())))
                .toList();
    }

    private List<LearnerDossier.AttendanceEntry> attendance(long learnerId) {
        return rows("""
                select m.session_id, co.code, m.meeting_date, m.start_time, m.end_time, a.mark, a.recorded_by
                from attendance a join enrolment e on e.id = a.enrolment_id join meeting m on m.id = a.meeting_id
                join course_session s on s.id = m.session_id join course co on co.id = s.course_id
                where e.learner_id = ? order by m.meeting_date, m.start_time""", learnerId).stream()
                .map(r -> new LearnerDossier.AttendanceEntry(number(r[0]), (String) r[1], date(r[2]), time(r[3]),
                        time(r[4]), (String) r[5], (String) r[6]))
                .toList();
    }

    private List<LearnerDossier.PlacementEntry> placements(long learnerId) {
        Map<Long, List<LearnerDossier.VisitEntry>> visits = rows("""
                select v.placement_id, v.visit_date, v.visited_by, v.notes, v.recorded_by
                from placement_visit v join placement p on p.id = v.placement_id
                where p.learner_id = ? order by v.visit_date, v.id""", learnerId).stream()
                .collect(Collectors.groupingBy(r -> number(r[0]), Collectors.mapping(r -> new LearnerDossier.VisitEntry(
                        date(r[1]), (String) r[2], (String) r[3], (String) r[4]), Collectors.toList())));
        return rows("""
                select p.id, c.name, c.enterprise_number, ce.code, p.placement_type, p.start_date, p.end_date, p.hours,
                       p.status, p.workplace_tutor, p.centre_coach, p.outcome, p.follow_up_date, p.follow_up_outcome,
                       p.recorded_by
                from placement p join company c on c.id = p.company_id join centre ce on ce.id = p.centre_id
                where p.learner_id = ? order by p.start_date, p.id""", learnerId).stream()
                .map(r -> new LearnerDossier.PlacementEntry(number(r[0]), (String) r[1], enterprise((String) r[2]),
                        (String) r[3], (String) r[4], date(r[5]), date(r[6]), (int) number(r[7]), (String) r[8],
                        (String) r[9], (String) r[10], (String) r[11], date(r[12]), (String) r[13], (String) r[14],
                        visits.getOrDefault(number(r[0]), List.of())))
                .toList();
    }

    private List<LearnerDossier.ScreeningEntry> screenings(long learnerId) {
        return rows("""
                select sc.id, sc.screened_on, ce.code, co.code, sc.occupation, sc.assessor, sc.tests_taken, sc.result,
                       sc.recommendation, sc.recorded_by
                from screening sc join centre ce on ce.id = sc.centre_id left join course co on co.id = sc.course_id
                where sc.learner_id = ? order by sc.screened_on, sc.id""", learnerId).stream()
                .map(r -> new LearnerDossier.ScreeningEntry(number(r[0]), date(r[1]), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9]))
                .toList();
    }

    private List<LearnerDossier.ValidationEntry> validations(long learnerId, Language language) {
        return rows("""
                select s.id, ce.code, co.code, co.title_fr, co.title_nl, co.title_en, co.occupation, s.start_date,
                       v.result, v.certificate_number, v.certificate_date, v.recorded_by
                from validation_candidate v join course_session s on s.id = v.session_id
                join centre ce on ce.id = s.centre_id join course co on co.id = s.course_id
                where v.learner_id = ? order by s.start_date, v.id""", learnerId).stream()
                .map(r -> new LearnerDossier.ValidationEntry(number(r[0]), (String) r[1], (String) r[2],
                        title(language, r[3], r[4], r[5]), (String) r[6], date(r[7]), (String) r[8], (String) r[9],
                        date(r[10]), (String) r[11]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long learnerId) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery(sql).setParameter(1, learnerId).getResultList()) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    private static String title(Language language, Object fr, Object nl, Object en) {
        return be.pfe.operations.domain.shared.LocalizedText.pick(language, (String) fr, (String) nl, (String) en);
    }

    /** The national register number written as 85.07.30-033.28; in full, in this export only. */
    static String formatted(String niss) {
        if (niss == null) {
            return null;
        }
        return niss.substring(0, 2) + "." + niss.substring(2, 4) + "." + niss.substring(4, 6) + "-"
                + niss.substring(6, 9) + "." + niss.substring(9, 11);
    }

    private static String enterprise(String digits) {
        return digits == null ? null
                : digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7, 10);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static LocalTime time(Object value) {
        return value == null ? null : value instanceof LocalTime t ? t : ((Time) value).toLocalTime();
    }

    private static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

}
