package be.pfe.operations.domain.placement;

import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.shared.DateRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPlacements implements Placements {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaPlacements() {
        // for CDI
    }

    public JpaPlacements(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Placement> byId(long id) {
        return Optional.ofNullable(entityManager.find(Placement.class, id));
    }

    @Override
    public Placement add(Placement placement) {
        entityManager.persist(placement);
        return save(placement);
    }

    @Override
    public List<Placement> ofLearner(long learnerId) {
        return entityManager.createQuery("""
                        select p from Placement p join fetch p.company where p.learnerId = :learner
                        order by p.period.start, p.id""", Placement.class)
                .setParameter("learner", learnerId).getResultList();
    }

    @Override
    public List<Placement> overlapping(long learnerId, DateRange period, Long except) {
        String query = """
                select p from Placement p where p.learnerId = :learner and p.period.start <= :end
                and coalesce(p.endedEarlyOn, p.period.end) >= :start""" + (except == null ? "" : " and p.id <> :except")
                + " order by p.period.start";
        var typed = entityManager.createQuery(query, Placement.class)
                .setParameter("learner", learnerId)
                .setParameter("start", period.start())
                .setParameter("end", period.end());
        if (except != null) {
            typed.setParameter("except", except);
        }
        return typed.getResultList();
    }

    @Override
    public boolean lockLearner(long learnerId) {
        return entityManager.find(Learner.class, learnerId, LockModeType.PESSIMISTIC_WRITE) != null;
    }

    @Override
    public Placement save(Placement placement) {
        entityManager.flush(); // the identity columns give the ids on insert
        return placement;
    }
}
