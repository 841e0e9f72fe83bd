package be.pfe.operations.domain.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaValidationCandidates implements ValidationCandidates {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaValidationCandidates() {
        // for CDI
    }

    public JpaValidationCandidates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ValidationCandidate> ofSession(long sessionId) {
        return entityManager.createNamedQuery(ValidationCandidate.FIND_BY_SESSION, ValidationCandidate.class)
                .setParameter("session", sessionId).getResultList();
    }

    @Override
    public Optional<ValidationCandidate> byId(long id) {
        return Optional.ofNullable(entityManager.find(ValidationCandidate.class, id));
    }

    @Override
    public Optional<ValidationCandidate> of(long sessionId, long learnerId) {
        return entityManager.createQuery("""
                        select c from ValidationCandidate c where c.sessionId = :session and c.learnerId = :learner""",
                        ValidationCandidate.class)
                .setParameter("session", sessionId).setParameter("learner", learnerId)
                .getResultStream().findFirst();
    }

    @Override
    public boolean certificateTaken(String certificateNumber, long exceptCandidateId) {
        return !entityManager.createQuery("""
                        select c.id from ValidationCandidate c
                        where c.certificateNumber = :number and c.id <> :candidate""", Long.class)
                .setParameter("number", certificateNumber).setParameter("candidate", exceptCandidateId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public String nextCertificateNumber(String prefix) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?))) locked")
                .setParameter(1, "certificate:" + prefix).getSingleResult();
        Number last = (Number) entityManager.createNativeQuery("""
                        select coalesce(max(cast(substring(certificate_number from ?) as integer)), 0)
                        from validation_candidate
                        where starts_with(certificate_number, ?) and length(certificate_number) = ?
                          and substring(certificate_number from ?) ~ '^[0-9]{5}$'""")
                .setParameter(1, prefix.length() + 1).setParameter(2, prefix)
                .setParameter(3, prefix.length() + 5).setParameter(4, prefix.length() + 1)
                .getSingleResult();
        return prefix + String.format("%05d", last.intValue() + 1);
    }

    @Override
    public ValidationCandidate add(ValidationCandidate candidate) {
        entityManager.persist(candidate);
        entityManager.flush(); // the identity column gives the id on insert
        return candidate;
    }
}
