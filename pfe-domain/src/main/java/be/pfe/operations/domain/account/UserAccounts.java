package be.pfe.operations.domain.account;

import java.util.Optional;

/** The user accounts. */
public interface UserAccounts {

    Optional<UserAccount> byUsername(String username);

    /** The account, locked against concurrent sign-ins counting the same failure twice. */
    Optional<UserAccount> byUsernameForUpdate(String username);

    void add(UserAccount account);
}
