package be.pfe.operations.domain.privacy;

import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The retention periods, one per kind of record: read by everyone who manages privacy, changed by administrators. */
@ApplicationScoped
@Transactional
public class RetentionSettings {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private PrivacyLog log;

    protected RetentionSettings() {
        // for CDI
    }

    @Inject
    public RetentionSettings(PrivacyLog log) {
        this.log = log;
    }

    public RetentionSettings(EntityManager entityManager, PrivacyLog log) {
        this(log);
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionPolicy> all() {
        return entityManager.createQuery("select p from RetentionPolicy p", RetentionPolicy.class).getResultList()
                .stream().sorted(Comparator.comparing(RetentionPolicy::recordKind)).toList();
    }

    /** Changes the periods given (months by kind), all or none; each change is recorded. */
    public List<RetentionPolicy> change(Map<RetainedRecordKind, Integer> months, String actor) {
        for (Map.Entry<RetainedRecordKind, Integer> entry : months.entrySet()) {
            if (entry.getKey() == null) {
                throw new BusinessRuleException("privacy.retention.kindUnknown", "kind");
            }
            RetentionPolicy policy = entityManager.find(RetentionPolicy.class, entry.getKey());
            int before = policy.months();
            policy.change(entry.getValue(), actor);
            if (before != policy.months()) {
                log.record(PrivacyAction.RETENTION_CHANGED, null, null, null,
                        entry.getKey() + ": " + before + " -> " + policy.months(), actor);
            }
        }
        entityManager.flush();
        return all();
    }
}
