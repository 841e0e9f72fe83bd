package be.pfe.operations.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
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

    @Override
    public List<UserAccount> all() {
        return entityManager.createNamedQuery(UserAccount.FIND_ALL, UserAccount.class).getResultList();
    }

    @Override
    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> byIdForUpdate(long id) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> activeAdministratorsForUpdate() {
        return entityManager.createNativeQuery("""
                        select u.username from user_account u
                        where u.active and exists (select 1 from user_role r
                                                   where r.user_id = u.id and r.role = 'ADMINISTRATOR')
                        order by u.username for update of u""")
                .getResultList();
    }
}
