package be.pfe.operations.domain.trainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTrainers implements Trainers {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaTrainers() {
        // for CDI
    }

    public JpaTrainers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Trainer> byCode(String code) {
        return entityManager.createQuery("select t from Trainer t where t.code = :code", Trainer.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Trainer> all(String centreCode) {
        if (centreCode == null) {
            return entityManager.createNamedQuery(Trainer.FIND_ALL, Trainer.class).getResultList();
        }
        return entityManager.createNamedQuery(Trainer.FIND_BY_CENTRE, Trainer.class)
                .setParameter("centre", centreCode)
                .getResultList();
    }

    @Override
    public Trainer add(Trainer trainer) {
        entityManager.persist(trainer);
        entityManager.flush(); // the identity column gives the id on insert
        return trainer;
    }

    @Override
    public List<Trainer> qualifiedFor(String courseCode) {
        return entityManager.createQuery(
                        "select distinct t from Trainer t join t.qualifications q where q.code = :course order by t.code",
                        Trainer.class)
                .setParameter("course", courseCode)
                .getResultList();
    }
}
