package be.pfe.operations.domain.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class JpaLearners implements Learners {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaLearners() {
        // for CDI
    }

    public JpaLearners(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Learner> byId(long id) {
        return Optional.ofNullable(entityManager.find(Learner.class, id));
    }

    @Override
    public Optional<Learner> byNiss(NationalRegisterNumber niss) {
        return entityManager.createNamedQuery(Learner.FIND_BY_NISS, Learner.class)
                .setParameter("niss", niss.digits())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Learner> byNameAndBirthDate(String nameKey, LocalDate birthDate) {
        return entityManager.createNamedQuery(Learner.FIND_BY_NAME_AND_BIRTH_DATE, Learner.class)
                .setParameter("nameKey", nameKey)
                .setParameter("birthDate", birthDate)
                .getResultStream().findFirst();
    }

    @Override
    public Learner add(Learner learner) {
        entityManager.persist(learner);
        entityManager.flush(); // the identity column gives the id on insert
        return learner;
    }
}
