package be.pfe.operations.domain.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScreenings implements Screenings {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaScreenings() {
        // for CDI
    }

    public JpaScreenings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Screening> byId(long id) {
        return Optional.ofNullable(entityManager.find(Screening.class, id));
    }

    @Override
    public Screening add(Screening screening) {
        entityManager.persist(screening);
        entityManager.flush(); // the identity column gives the id on insert
        return screening;
    }

    @Override
    public List<Screening> ofLearner(long learnerId) {
        return entityManager.createQuery("""
                        select s from Screening s left join fetch s.course where s.learnerId = :learner
                        order by s.screenedOn, s.id""", Screening.class)
                .setParameter("learner", learnerId).getResultList();
    }
}
