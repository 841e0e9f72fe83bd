package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.shared.DateRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaCentreClosures implements CentreClosures {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaCentreClosures() {
        // for CDI
    }

    public JpaCentreClosures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<CentreClosure> ofCentreDuring(String centreCode, DateRange period) {
        return entityManager.createNamedQuery(CentreClosure.FIND_BY_CENTRE_DURING, CentreClosure.class)
                .setParameter("centre", centreCode)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }

    @Override
    public CentreClosure add(CentreClosure closure) {
        entityManager.persist(closure);
        entityManager.flush(); // the identity column gives the id on insert
        return closure;
    }

    @Override
    public java.util.Optional<CentreClosure> byId(long id) {
        return java.util.Optional.ofNullable(entityManager.find(CentreClosure.class, id));
    }

    @Override
    public void remove(CentreClosure closure) {
        entityManager.remove(closure);
    }
}
