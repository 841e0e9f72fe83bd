package be.pfe.operations.web.security;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.account.Accounts;
import be.pfe.operations.domain.account.PasswordHasher;
import be.pfe.operations.domain.account.SignInThrottle;
import be.pfe.operations.domain.account.UserAccount;
import be.pfe.operations.domain.account.UserAccounts;
import be.pfe.operations.domain.audit.AuditAction;
import be.pfe.operations.domain.audit.AuditTrail;
import be.pfe.operations.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The accounts as the web application uses them: sign-in (each attempt in a transaction of its own, so that a
 * failure is counted and audited even though it fails), the user's own changes, and the actor behind a username.
 */
@ApplicationScoped
public class AccountService {

    private final PasswordHasher hasher = new PasswordHasher();
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    @Inject
    UserAccounts accounts;
    @Inject
    AuditTrail audit;
    @Inject
    VerifiedCredentials verified;
    @Inject
    SignInThrottle throttle;

    private Accounts accounts() {
        return new Accounts(accounts, throttle, audit, hasher, clock);
    }

    /** A sign-in from a client address (see {@link ClientAddress}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Accounts.SignInResult signIn(String username, char[] password, String client) {
        return accounts().signIn(username, password, client);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void changePassword(String username, char[] current, char[] replacement) {
        accounts().changePassword(username, current, replacement);
        verified.forget(username);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void chooseLanguage(String username, Language language) {
        accounts().chooseLanguage(username, language);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signedOut(String username) {
        audit.record(username, AuditAction.SIGNED_OUT, username, null);
    }

    /**
     * A user the OpenID Connect provider vouches for: their account here, when it exists and may act (active, not
     * locked); the sign-in, or its refusal, in the audit trail.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UserAccount> signedInElsewhere(String username, String how) {
        Optional<UserAccount> found = accounts.byUsername(username);
        Optional<UserAccount> account = found.filter(this::mayAct);
        if (found.isEmpty()) {
            audit.record("anonymous", AuditAction.SIGN_IN_FAILED, null, how + ": no account here");
        } else if (account.isEmpty()) {
            audit.record(found.get().username(), AuditAction.SIGN_IN_REFUSED, found.get().username(),
                    how + ": " + (found.get().isActive() ? "locked" : "inactive account"));
        } else {
            audit.record(account.get().username(), AuditAction.SIGN_IN_SUCCEEDED, account.get().username(), how);
        }
        return account;
    }

    private boolean mayAct(UserAccount account) {
        return account.isActive() && !account.isLockedAt(OffsetDateTime.now(clock));
    }

    /** The account, when it may still act: active and not locked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> usable(String username) {
        return accounts.byUsername(username).filter(this::mayAct);
    }

    /** The actor behind a signed-in username; nobody when the account was deactivated or locked meanwhile. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Actor actor(String username) {
        return usableActor(username).orElseGet(Actor::anonymous);
    }

    /** The actor of an account that may still act (active and not locked). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> usableActor(String username) {
        return usable(username).map(account -> new Actor(account.username(), account.displayName(), account.roles()));
    }
}
