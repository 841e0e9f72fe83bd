package be.pfe.operations.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaUserAccounts implements UserAccounts {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaUserAccounts() {
        // for CDI
    }

    public JpaUserAccounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<UserAccount> byUsername(String username) {
        return entityManager.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byUsernameForUpdate(String username) {
        return entityManager.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public void add(UserAccount account) {
        entityManager.persist(account);
        entityManager.flush();
    }
}
