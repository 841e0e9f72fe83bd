package be.pfe.operations.domain.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
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
        try {
            entityManager.flush(); // the identity column gives the id on insert
        } catch (PersistenceException e) {
            if (uniqueKeyViolated(e)) {
                throw DuplicateLearnerException.registeredMeanwhile();
            }
            throw e;
        }
        return learner;
    }

    /** PostgreSQL's SQLSTATE 23505: a unique key (national register number, or name and birth date) refused it. */
    private static boolean uniqueKeyViolated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
