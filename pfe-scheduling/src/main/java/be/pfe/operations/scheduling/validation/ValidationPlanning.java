package be.pfe.operations.scheduling.validation;

import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.course.Courses;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.domain.trainer.Trainers;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import be.pfe.operations.scheduling.session.PlanSession;
import be.pfe.operations.scheduling.session.SessionPlanning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans skills validation sessions. A validation session is a course session of a unit of competence: it is
 * planned by {@link SessionPlanning} (centre, lab, seats) for the one day of the test, gets its assessor as its
 * trainer, and its test time as its meeting through {@link SessionTimetabling#addMeeting}: the same conflict
 * detection and centre policies as every course session, so a lab or an assessor already booked (by a course or
 * another validation) refuses it or asks to accept a warning, and nothing is saved.
 */
@ApplicationScoped
@Transactional
public class ValidationPlanning {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private Courses courses;
    private Trainers trainers;
    private SessionPlanning planning;
    private SessionTimetabling timetabling;

    protected ValidationPlanning() {
        // for CDI
    }

    @Inject
    public ValidationPlanning(Courses courses, Trainers trainers, SessionPlanning planning,
                              SessionTimetabling timetabling) {
        this.courses = courses;
        this.trainers = trainers;
        this.planning = planning;
        this.timetabling = timetabling;
    }

    /** For use outside a container (tests): the same, on the given entity manager. */
    public ValidationPlanning(EntityManager entityManager, Courses courses, Trainers trainers,
                              SessionPlanning planning, SessionTimetabling timetabling) {
        this(courses, trainers, planning, timetabling);
        this.entityManager = entityManager;
    }

    /**
     * Plans the session with its test time.
     *
     * @param acceptance who accepts the warnings (e.g. assessor not listed as qualified) and why, or {@code null}
     */
    @UseCase(Access.PLANNING)
    public CourseSession plan(PlanValidation request, ConflictGate.Acceptance acceptance) {
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            throw new BusinessRuleException("validation.unit.required", "unit");
        }
        Course unit = courses.byCode(request.unitCode())
                .orElseThrow(() -> new NotFoundException("course.unknown", "unit", request.unitCode()));
        if (!unit.isValidationUnit()) {
            throw new BusinessRuleException("validation.unit.notValidation", "unit", unit.code());
        }
        unit.requirePlannable("unit");
        if (request.roomCode() == null || request.roomCode().isBlank()) {
            throw new BusinessRuleException("validation.room.required", "room");
        }
        if (request.assessorCode() == null || request.assessorCode().isBlank()) {
            throw new BusinessRuleException("validation.assessor.required", "assessor");
        }
        Trainer assessor = trainers.byCode(request.assessorCode())
                .orElseThrow(() -> new NotFoundException("validation.assessor.unknown", "assessor",
                        request.assessorCode()));
        if (request.date() == null) {
            throw new BusinessRuleException("validation.date.required", "date");
        }
        if (request.start() == null || request.end() == null) {
            throw new BusinessRuleException("meeting.time.required", request.start() == null ? "start" : "end");
        }
        MeetingTime test = new MeetingTime(request.date(), request.start(), request.end());

        CourseSession session = planning.plan(new PlanSession(request.centreCode(), unit.code(), request.roomCode(),
                request.date(), request.date(), request.seatCapacity(), request.language()));
        session.assignTrainers(List.of(assessor));
        entityManager.flush();
        timetabling.addMeeting(session.id(), test, acceptance);
        return session;
    }

    /** The validation sessions of a centre (all centres with {@code null}) from a day on, by date. */
    @UseCase(Access.RECORDS)
    public List<ValidationSessionRow> sessions(@Names(RecordKind.CENTRE) String centreCode, LocalDate from) {
        return rows(centreCode, from, null);
    }

    /** One validation session. */
    @UseCase(Access.RECORDS)
    public java.util.Optional<ValidationSessionRow> session(@Names(RecordKind.SESSION) long sessionId) {
        return rows(null, LocalDate.of(1900, 1, 1), sessionId).stream().findFirst();
    }

    private List<ValidationSessionRow> rows(String centreCode, LocalDate from, Long sessionId) {
        StringBuilder sql = new StringBuilder("""
                select s.id, ce.code, co.code, co.title_fr, co.title_nl, co.title_en, co.occupation,
                       s.start_date, m.start_time, m.end_time, r.code, t.code, t.name, s.seat_capacity,
                       (select count(*) from validation_candidate v where v.session_id = s.id),
                       (select count(*) from validation_candidate v where v.session_id = s.id and v.result = 'PASSED'),
                       s.status
                from course_session s
                join course co on co.id = s.course_id and co.kind = 'VALIDATION'
                join centre ce on ce.id = s.centre_id
                left join room r on r.id = s.room_id
                left join lateral (select mt.start_time, mt.end_time from meeting mt
                                   where mt.session_id = s.id and mt.status = 'SCHEDULED'
                                   order by mt.meeting_date, mt.start_time limit 1) m on true
                left join lateral (select tr.code, tr.name from session_trainer st join trainer tr on tr.id = st.trainer_id
                                   where st.session_id = s.id order by tr.code limit 1) t on true
                where s.end_date >= ?""");
        List<Object> parameters = new ArrayList<>(List.of(from));
        if (centreCode != null) {
            sql.append(" and ce.code = ?");
            parameters.add(centreCode);
        }
        if (sessionId != null) {
            sql.append(" and s.id = ?");
            parameters.add(sessionId);
        }
        sql.append(" order by s.start_date, m.start_time, s.id");
        var query = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<ValidationSessionRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            rows.add(new ValidationSessionRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], (String) row[6],
                    ((Date) row[7]).toLocalDate(), row[8] == null ? null : ((Time) row[8]).toLocalTime(),
                    row[9] == null ? null : ((Time) row[9]).toLocalTime(), (String) row[10], (String) row[11],
                    (String) row[12], ((Number) row[13]).intValue(), ((Number) row[14]).intValue(),
                    ((Number) row[15]).intValue(), SessionStatus.valueOf((String) row[16])));
        }
        return rows;
    }
}
