package be.pfe.operations.domain.timetabling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTimetablingJobs implements TimetablingJobs {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaTimetablingJobs() {
        // for CDI
    }

    public JpaTimetablingJobs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public TimetablingJob add(TimetablingJob job) {
        entityManager.persist(job);
        entityManager.flush(); // the identity column gives the id on insert
        return job;
    }

    @Override
    public Optional<TimetablingJob> byId(long id) {
        return Optional.ofNullable(entityManager.find(TimetablingJob.class, id));
    }

    @Override
    public List<TimetablingJob> recent(int limit) {
        return entityManager.createNamedQuery(TimetablingJob.RECENT, TimetablingJob.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countIn(Collection<TimetablingJobStatus> statuses) {
        return entityManager.createNamedQuery(TimetablingJob.COUNT_IN, Long.class)
                .setParameter("statuses", statuses)
                .getSingleResult();
    }

    @Override
    public Optional<TimetablingJob> lockOldestQueued() {
        // FOR UPDATE: a second instance asking at the same time waits, then finds the job no longer queued
        return entityManager.createNamedQuery(TimetablingJob.OLDEST_QUEUED, TimetablingJob.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<TimetablingJob> stalledSince(OffsetDateTime before) {
        return entityManager.createNamedQuery(TimetablingJob.STALLED, TimetablingJob.class)
                .setParameter("before", before)
                .getResultList();
    }
}
