package be.pfe.operations.domain.privacy;

import java.time.Clock;
import jakarta.inject.Inject;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.audit.AuditAction;
import be.pfe.operations.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Records every privacy action twice: in the privacy log (append-only: who, when, which learner by id, how many)
 * and in the audit trail. Never a name, a birth date or a national register number.
 */
@ApplicationScoped
public class PrivacyLog {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    /** The application's clock (Brussels); the plain constructor's callers get the system clock. */
    @Inject
    Clock clock = Clocks.system();

    protected PrivacyLog() {
        // for CDI
    }

    public PrivacyLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param learnerId the learner concerned, or {@code null}
     * @param runId     the pseudonymisation run, or {@code null}
     * @param count     how many learners, or {@code null}
     * @param detail    a rule's key, a format, a kind: never personal data
     */
    public void record(PrivacyAction action, Long learnerId, Long runId, Integer count, String detail, String actor) {
        entityManager.createNativeQuery("""
                        insert into privacy_action (action, learner_id, run_id, learner_count, detail, actor)
                        values (?, cast(? as bigint), cast(? as bigint), cast(? as integer), ?, ?)""")
                .setParameter(1, action.name())
                .setParameter(2, learnerId)
                .setParameter(3, runId)
                .setParameter(4, count)
                .setParameter(5, detail)
                .setParameter(6, actor)
                .executeUpdate();
        entityManager.persist(new AuditEvent(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), actor, auditAction(action),
                learnerId == null ? (runId == null ? null : "pseudonymisation run " + runId) : "learner " + learnerId,
                (count == null ? "" : count + " learner(s)" + (detail == null ? "" : "; ")) + (detail == null ? "" : detail)));
    }

    private static AuditAction auditAction(PrivacyAction action) {
        return switch (action) {
            case PSEUDONYMISATION_RUN -> AuditAction.PSEUDONYMISATION_RUN;
            case EXPORT_JSON, EXPORT_PDF -> AuditAction.SUBJECT_ACCESS_EXPORT;
            case ERASURE -> AuditAction.LEARNER_ERASED;
            case ERASURE_REFUSED -> AuditAction.ERASURE_REFUSED;
            case RETENTION_CHANGED -> AuditAction.RETENTION_CHANGED;
        };
    }
}
