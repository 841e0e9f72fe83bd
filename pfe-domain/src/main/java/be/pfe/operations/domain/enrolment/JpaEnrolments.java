package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaEnrolments implements Enrolments {

    private static final List<EnrolmentStatus> FINISHED = EnrolmentStatus.finished();

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaEnrolments() {
        // for CDI
    }

    public JpaEnrolments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Enrolment> byId(long id) {
        return Optional.ofNullable(entityManager.find(Enrolment.class, id));
    }

    @Override
    public Enrolment add(Enrolment enrolment) {
        entityManager.persist(enrolment);
        entityManager.flush(); // the identity column gives the id on insert
        return enrolment;
    }

    @Override
    public void lock(Enrolment enrolment) {
        entityManager.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Enrolment> ofSession(long sessionId) {
        return entityManager.createNamedQuery(Enrolment.FIND_BY_SESSION, Enrolment.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    @Override
    public Optional<Enrolment> openOf(long learnerId, long sessionId) {
        return entityManager.createQuery("""
                        select e from Enrolment e
                        where e.learnerId = :learner and e.sessionId = :session and e.status not in :finished""",
                        Enrolment.class)
                .setParameter("learner", learnerId)
                .setParameter("session", sessionId)
                .setParameter("finished", FINISHED)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Enrolment> latestOf(long learnerId, long sessionId) {
        return entityManager.createQuery("""
                        select e from Enrolment e where e.learnerId = :learner and e.sessionId = :session
                        order by e.id desc""", Enrolment.class)
                .setParameter("learner", learnerId)
                .setParameter("session", sessionId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Seat, Long> heldSeats(long sessionId) {
        List<Object[]> rows = entityManager.createQuery("""
                        select e.seatKind, e.seatPartnerId, count(e) from Enrolment e
                        where e.sessionId = :session and e.seatKind is not null
                        group by e.seatKind, e.seatPartnerId""", Object[].class)
                .setParameter("session", sessionId)
                .getResultList();
        Map<Seat, Long> held = new HashMap<>();
        for (Object[] row : rows) {
            held.put(new Seat((SeatKind) row[0], (Long) row[1]), ((Number) row[2]).longValue());
        }
        return held;
    }

    @Override
    public List<WaitlistEntry> waitlist(long sessionId) {
        return entityManager.createQuery("""
                        select new be.pfe.operations.domain.enrolment.WaitlistEntry(
                            e.id, e.learnerId, e.partnerId, e.referred, e.targetGroups, e.arrival)
                        from Enrolment e where e.sessionId = :session and e.status = :waitlisted
                        order by e.arrival""", WaitlistEntry.class)
                .setParameter("session", sessionId)
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .getResultList();
    }

    @Override
    public long nextArrival() {
        return ((Number) entityManager.createNativeQuery("select nextval('enrolment_arrival_seq')")
                .getSingleResult()).longValue();
    }

    @Override
    public Optional<SessionSeatFacts> lockSession(long sessionId) {
        List<?> rows = entityManager.createNativeQuery(
                        """
                        select s.seat_capacity, s.start_date, s.status, c.kind = 'VALIDATION'
                        from course_session s join course c on c.id = s.course_id
                        where s.id = ? for update of s""")
                .setParameter(1, sessionId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new SessionSeatFacts(sessionId, ((Number) row[0]).intValue(),
                ((Date) row[1]).toLocalDate(), SessionStatus.valueOf((String) row[2]), (Boolean) row[3]));
    }

    @Override
    public SeatPlan planOf(long sessionId) {
        SeatPlan plan = entityManager.find(SeatPlan.class, sessionId);
        return plan != null ? plan : new SeatPlan(sessionId);
    }

    @Override
    public SeatPlan save(SeatPlan plan) {
        if (!entityManager.contains(plan)) {
            entityManager.persist(plan);
        }
        entityManager.flush();
        return plan;
    }

    @Override
    public Map<Long, Explanation> lastExplanations(long sessionId) {
        Map<Long, Explanation> explanations = new HashMap<>();
        entityManager.createQuery("""
                        select t.enrolment.id, t.reasonKey, t.reasonArguments from EnrolmentTransition t
                        where t.sessionId = :session and t.reasonKey is not null
                        order by t.enrolment.id, t.stepNumber""", Object[].class)
                .setParameter("session", sessionId)
                .getResultList()
                .forEach(row -> explanations.put((Long) row[0], Explanation.read((String) row[1], (String) row[2])));
        return explanations;
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
