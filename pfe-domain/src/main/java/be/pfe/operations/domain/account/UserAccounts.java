package be.pfe.operations.domain.account;

import java.util.List;
import java.util.Optional;

/** The user accounts. */
public interface UserAccounts {

    Optional<UserAccount> byUsername(String username);

    /** The account, locked against concurrent sign-ins counting the same failure twice. */
    Optional<UserAccount> byUsernameForUpdate(String username);

    void add(UserAccount account);

    /** Every account, by username (a few hundred at most: the staff of four centres and their partners). */
    List<UserAccount> all();

    Optional<UserAccount> byId(long id);

    /** The account, locked against a concurrent change (by id). */
    Optional<UserAccount> byIdForUpdate(long id);

    /**
     * The usernames of the active administrators, their accounts locked until the end of the transaction, so that
     * two administrators removing each other at once cannot leave none.
     */
    List<String> activeAdministratorsForUpdate();
}
