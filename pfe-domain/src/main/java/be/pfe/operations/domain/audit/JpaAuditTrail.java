package be.pfe.operations.domain.audit;

import be.pfe.operations.domain.time.Clocks;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

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
    public void recordAggregated(String actor, AuditAction action, String subject, String detail, Duration window) {
        Instant now = clock.instant();
        long size = Math.max(1, window.toSeconds());
        Instant windowStart = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), size) * size);
        entityManager.createNativeQuery("insert into audit_event (occurred_at, actor, action, subject, detail, "
                        + "occurrences, window_start, last_at) values (?1, ?2, ?3, ?4, ?5, 1, ?6, ?1) "
                        + "on conflict (action, actor, subject, detail, window_start) where window_start is not null "
                        + "do update set occurrences = audit_event.occurrences + 1, last_at = excluded.last_at")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, AuditEvent.cut(actor == null ? "anonymous" : actor, 60))
                .setParameter(3, action.name())
                .setParameter(4, AuditEvent.cut(subject == null ? "" : subject, 200))
                .setParameter(5, AuditEvent.cut(detail == null ? "" : detail, 500))
                .setParameter(6, Timestamp.from(windowStart))
                .executeUpdate();
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
