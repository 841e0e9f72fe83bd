package be.pfe.operations.scheduling.pathway;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.attendance.AttendanceRate;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.EnrolmentTransition;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.Learners;
import be.pfe.operations.domain.placement.Placement;
import be.pfe.operations.domain.placement.Placements;
import be.pfe.operations.domain.screening.Screening;
import be.pfe.operations.domain.screening.Screenings;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.access.RecordAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a learner's pathway: screenings, enrolments (with their attendance rate), placements (with visits and
 * outcome), skills validations and certificates, on one timeline. Who may read it is decided as for the learner
 * (their centres, or the referring partner); who reads records but not personal data (a board member, an auditor)
 * sees the same timeline without the learner's name.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LearnerPathways {

    @PersistenceContext(unitName = "pfe")
    EntityManager entityManager;
    @Inject
    RecordAccess access;
    @Inject
    Learners learners;
    @Inject
    Screenings screenings;
    @Inject
    Placements placements;

    public LearnerPathway of(long learnerId, Language language) {
        Learner learner = learners.byId(learnerId)
                .orElseThrow(() -> new NotFoundException("learner.unknown", null, learnerId));
        boolean pseudonymous = false;
        try {
            access.toLearner(Access.PERSONAL_DATA, learnerId);
        } catch (AccessDeniedException noPersonalData) {
            access.toLearner(Access.RECORDS, learnerId);
            pseudonymous = true;
        }
        List<PathwayEntry> timeline = new ArrayList<>();
        screenings.ofLearner(learnerId).forEach(screening -> timeline.add(entry(screening, language)));
        timeline.addAll(enrolments(learnerId, language));
        placements.ofLearner(learnerId).forEach(placement -> timeline.add(entry(placement)));
        timeline.addAll(validations(learnerId, language));
        timeline.sort(Comparator.comparing(PathwayEntry::date).thenComparing(entry -> entry.kind().ordinal()));
        return new LearnerPathway(learnerId, pseudonymous ? null : learner.familyName(),
                pseudonymous ? null : learner.givenName(), pseudonymous, List.copyOf(timeline));
    }

    private static PathwayEntry entry(Screening screening, Language language) {
        String subject = screening.course() == null ? screening.occupation()
                : courseName(screening.course().code(), screening.course().title(), language)
                + (screening.occupation() == null ? "" : " · " + screening.occupation());
        return new PathwayEntry(PathwayEntry.Kind.SCREENING, screening.id(), screening.screenedOn(), null,
                screening.centre().code(), subject, screening.recommendation().name(), null, null,
                screening.result(), List.of(), screening.recordedBy(), screening.recordedAt());
    }

    private static PathwayEntry entry(Placement placement) {
        List<PathwayEntry.Visit> visits = placement.visits().stream()
                .map(visit -> new PathwayEntry.Visit(visit.date(), visit.visitedBy(), visit.notes(), visit.recordedBy()))
                .toList();
        return new PathwayEntry(PathwayEntry.Kind.PLACEMENT, placement.id(), placement.period().start(),
                placement.occupiedUntil(), placement.centre().code(),
                placement.company().name() + " (" + placement.company().number().formatted() + ")",
                placement.status().name(), null, placement.outcome() == null ? null : placement.outcome().name(),
                placement.type().name(), visits, placement.recordedBy(), placement.recordedAt());
    }

    /** The learner's enrolments (a handful): no fetch joins, which EclipseLink mishandles in a two-entity select. */
    private List<PathwayEntry> enrolments(long learnerId, Language language) {
        List<Object[]> rows = entityManager.createQuery("""
                        select e, s from Enrolment e, CourseSession s
                        where s.id = e.sessionId and e.learnerId = :learner order by e.id""", Object[].class)
                .setParameter("learner", learnerId).getResultList();
        Map<Long, AttendanceRate> rates = attendance(learnerId);
        List<PathwayEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            Enrolment enrolment = (Enrolment) row[0];
            CourseSession session = (CourseSession) row[1];
            EnrolmentTransition applied = enrolment.history().get(0);
            AttendanceRate rate = rates.get(enrolment.id());
            entries.add(new PathwayEntry(PathwayEntry.Kind.ENROLMENT, enrolment.id(), session.period().start(),
                    session.period().end(), session.centre().code(),
                    courseName(session.course().code(), session.course().title(), language),
                    enrolment.status().name(), rate == null ? null : rate.rate(), null, enrolment.outcomeReason(),
                    List.of(), applied.actor(), applied.occurredAt(),
                    enrolment.history().stream().anyMatch(EnrolmentTransition::backdated)));
        }
        return entries;
    }

    /** The attendance rate of each of the learner's enrolments that has marks, counted as the sheets count it. */
    private Map<Long, AttendanceRate> attendance(long learnerId) {
        Map<Long, List<AttendanceMark>> marks = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select a.enrolment_id, a.mark from attendance a join enrolment e on e.id = a.enrolment_id
                        where e.learner_id = ?""")
                .setParameter(1, learnerId).getResultList();
        for (Object[] row : rows) {
            marks.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(AttendanceMark.valueOf((String) row[1]));
        }
        Map<Long, AttendanceRate> rates = new HashMap<>();
        marks.forEach((id, list) -> rates.put(id, AttendanceRate.of(list)));
        return rates;
    }

    /**
     * Skills validations and certificates, read from the tables (the validation feature owns their entities): the
     * validation session's dates, the unit of competence, the result and the certificate.
     */
    private List<PathwayEntry> validations(long learnerId, Language language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select v.id, s.start_date, s.end_date, ce.code, c.code, c.title_fr, c.title_nl, c.title_en,
                               v.result, v.certificate_number, v.certificate_date, v.recorded_by, v.recorded_at
                        from validation_candidate v
                        join course_session s on s.id = v.session_id
                        join course c on c.id = s.course_id
                        join centre ce on ce.id = s.centre_id
                        where v.learner_id = ? order by s.start_date, v.id""")
                .setParameter(1, learnerId).getResultList();
        List<PathwayEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String unit = courseName((String) row[4],
                    new LocalizedText((String) row[5], (String) row[6], (String) row[7]), language);
            String recordedBy = (String) row[11];
            OffsetDateTime recordedAt = moment(row[12]);
            entries.add(new PathwayEntry(PathwayEntry.Kind.VALIDATION, id, date(row[1]), date(row[2]),
                    (String) row[3], unit, (String) row[8], null, null, null, List.of(), recordedBy, recordedAt));
            if (row[9] != null) {
                entries.add(new PathwayEntry(PathwayEntry.Kind.CERTIFICATE, id, date(row[10]), null, (String) row[3],
                        unit, (String) row[8], null, null, (String) row[9], List.of(), recordedBy, recordedAt));
            }
        }
        return entries;
    }

    private static String courseName(String code, LocalizedText title, Language language) {
        return code + " " + title.in(language);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime moment(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
