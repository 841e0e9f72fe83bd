package be.pfe.operations.domain.centre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCentres implements Centres {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaCentres() {
        // for CDI
    }

    public JpaCentres(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Centre> all() {
        return entityManager.createNamedQuery(Centre.FIND_ALL, Centre.class).getResultList();
    }

    @Override
    public Optional<Centre> byCode(String code) {
        return entityManager.createNamedQuery(Centre.FIND_BY_CODE, Centre.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Centre> byId(long id) {
        return Optional.ofNullable(entityManager.find(Centre.class, id));
    }
}
