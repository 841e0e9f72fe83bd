package be.pfe.operations.domain.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaMeetings implements Meetings {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaMeetings() {
        // for CDI
    }

    public JpaMeetings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Meeting> ofSession(long sessionId) {
        return entityManager.createNamedQuery(Meeting.FIND_BY_SESSION, Meeting.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    @Override
    public void addAll(List<Meeting> meetings) {
        meetings.forEach(entityManager::persist);
        entityManager.flush();
    }
}
