package be.pfe.operations.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private Clock clock = Clock.systemDefaultZone();

    protected JpaAuditTrail() {
        // for CDI
    }

    public JpaAuditTrail(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void record(String actor, AuditAction action, String subject, String detail) {
        entityManager.persist(new AuditEvent(OffsetDateTime.now(clock), actor == null ? "anonymous" : actor, action,
                subject, detail));
    }

    @Override
    public List<AuditEvent> latestAbout(String subjectOrActor, int limit) {
        return entityManager.createQuery("select e from AuditEvent e where e.subject = :who or e.actor = :who "
                        + "order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("who", subjectOrActor)
                .setMaxResults(limit)
                .getResultList();
    }
}
