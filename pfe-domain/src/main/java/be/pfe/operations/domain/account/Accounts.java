package be.pfe.operations.domain.account;

import be.pfe.operations.domain.audit.AuditAction;
import be.pfe.operations.domain.audit.AuditTrail;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Signing in, with growing delays per account and client address after {@value SignInThrottle#ATTEMPTS_ALLOWED}
 * failures and a pause for a client that fails too often ({@link SignInThrottle}: no one can lock an account's owner
 * out by typing their username), and the user's own changes: password (the old one is required) and language. Every
 * sign-in, delay and change is in the audit trail (refusals while a client waits aggregated). Call each method in a
 * transaction of its own: a failed sign-in is counted even though it fails.
 */
public class Accounts {

    public static final int ATTEMPTS_ALLOWED = SignInThrottle.ATTEMPTS_ALLOWED;
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 200;

    /** How a sign-in ended. */
    public enum Outcome {
        SIGNED_IN,
        FAILED,
        /** The account is inactive, or locked by an administrator's earlier rule (locked_until). */
        LOCKED,
        /** This client must wait {@link SignInResult#retryAfter()} before trying (this account) again. */
        THROTTLED
    }

    /** The result of a sign-in: the account only when signed in; how long to wait when throttled. */
    public record SignInResult(Outcome outcome, UserAccount account, Duration retryAfter) {
        public SignInResult(Outcome outcome, UserAccount account) {
            this(outcome, account, Duration.ZERO);
        }

        public boolean succeeded() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    /** Refusals while a client waits: one audit row per account, client and window of this length. */
    public static final Duration THROTTLED_AUDIT_WINDOW = Duration.ofMinutes(10);

    /** For the user's own changes only: counts no failure anywhere. */
    private static final SignInThrottle NO_THROTTLE = new SignInThrottle() {
        @Override
        public Duration waitBefore(String username, String client, OffsetDateTime now) {
            return Duration.ZERO;
        }

        @Override
        public Duration failed(String username, String client, OffsetDateTime now) {
            return Duration.ZERO;
        }

        @Override
        public void succeeded(String username, String client) {
        }

        @Override
        public void forget(String username) {
        }
    };

    private final UserAccounts accounts;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Accounts(UserAccounts accounts, SignInThrottle throttle, AuditTrail audit, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** For the user's own changes (password, language): signing in needs the throttle. */
    public Accounts(UserAccounts accounts, AuditTrail audit, PasswordHasher hasher, Clock clock) {
        this(accounts, NO_THROTTLE, audit, hasher, clock);
    }

    /**
     * Signs in from a client (its address): refused without checking the password while that client waits for that
     * account (or at all); a wrong password counts for the account and the client.
     */
    public SignInResult signIn(String username, char[] password, String client) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<UserAccount> found = username == null || username.isBlank() || username.length() > UserAccount.USERNAME_LENGTH
                ? Optional.empty() : accounts.byUsernameForUpdate(username);
        String known = found.map(UserAccount::username).orElse(null);
        Duration wait = throttle.waitBefore(known, client, now);
        if (!wait.isZero()) {
            // not even checked; aggregated, so that hammering a waiting client's door cannot fill the audit trail
            audit.recordAggregated(known == null ? "anonymous" : known, AuditAction.SIGN_IN_THROTTLED, known,
                    "client " + client, THROTTLED_AUDIT_WINDOW);
            return new SignInResult(Outcome.THROTTLED, null, wait);
        }
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            Duration pause = throttle.failed(null, client, now);
            // what was typed may be a mistyped password: never recorded
            audit.record("anonymous", AuditAction.SIGN_IN_FAILED, null, "unknown username");
            return pause.isZero() ? new SignInResult(Outcome.FAILED, null) : new SignInResult(Outcome.THROTTLED, null, pause);
        }
        UserAccount account = found.get();
        if (!account.isActive() || account.isLockedAt(now)) {
            hasher.verifyNothing(password);
            audit.record(account.username(), AuditAction.SIGN_IN_REFUSED, account.username(),
                    account.isActive() ? "locked until " + account.lockedUntil() : "inactive account");
            return new SignInResult(Outcome.LOCKED, null);
        }
        if (!hasher.verify(password, account.passwordHash())) {
            account.countFailure();
            Duration delay = throttle.failed(account.username(), client, now);
            audit.record(account.username(), delay.isZero() ? AuditAction.SIGN_IN_FAILED : AuditAction.ACCOUNT_LOCKED,
                    account.username(), delay.isZero() ? "wrong password"
                            : "wrong password: client " + client + " waits " + delay.toSeconds() + " s");
            return delay.isZero() ? new SignInResult(Outcome.FAILED, null) : new SignInResult(Outcome.THROTTLED, null, delay);
        }
        account.signedIn();
        throttle.succeeded(account.username(), client);
        audit.record(account.username(), AuditAction.SIGN_IN_SUCCEEDED, account.username(), null);
        return new SignInResult(Outcome.SIGNED_IN, account);
    }

    /** Changes the user's password; refused (and audited) when the current one is wrong or the new one too weak. */
    public void changePassword(String username, char[] current, char[] replacement) {
        UserAccount account = accounts.byUsernameForUpdate(username)
                .orElseThrow(() -> new BusinessRuleException("account.unknown", null));
        if (!hasher.verify(current, account.passwordHash())) {
            throw new BusinessRuleException("account.password.currentWrong", "currentPassword");
        }
        checkPassword(replacement, "newPassword");
        if (java.util.Arrays.equals(current, replacement)) {
            throw new BusinessRuleException("account.password.unchanged", "newPassword");
        }
        account.changePassword(hasher.hash(replacement));
        audit.record(account.username(), AuditAction.PASSWORD_CHANGED, account.username(), null);
    }

    /** The rules every new password meets (the user's own, or one an administrator gives): its length. */
    static void checkPassword(char[] password, String field) {
        if (password == null || password.length < PASSWORD_MIN_LENGTH) {
            throw new BusinessRuleException("account.password.tooShort", field, PASSWORD_MIN_LENGTH);
        }
        if (password.length > PASSWORD_MAX_LENGTH) {
            throw new BusinessRuleException("account.password.tooLong", field, PASSWORD_MAX_LENGTH);
        }
    }

    /** Remembers the user's interface language. */
    public void chooseLanguage(String username, Language language) {
        UserAccount account = accounts.byUsername(username)
                .orElseThrow(() -> new BusinessRuleException("account.unknown", null));
        if (language != null && language != account.preferredLanguage()) {
            Language before = account.preferredLanguage();
            account.chooseLanguage(language);
            audit.record(account.username(), AuditAction.LANGUAGE_CHANGED, account.username(),
                    (before == null ? "browser" : before.name()) + " -> " + language);
        }
    }
}
