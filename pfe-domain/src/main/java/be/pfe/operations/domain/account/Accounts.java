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
 * Signing in, with the lockout after {@value #ATTEMPTS_ALLOWED} failed attempts for {@link #LOCKOUT}, and the
 * user's own changes: password (the old one is required) and language. Every sign-in, lockout and change is in
 * the audit trail. Call each method in a transaction of its own: a failed sign-in is counted even though it fails.
 */
public class Accounts {

    public static final int ATTEMPTS_ALLOWED = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 200;

    /** How a sign-in ended. */
    public enum Outcome { SIGNED_IN, FAILED, LOCKED }

    /** The result of a sign-in: the account only when signed in. */
    public record SignInResult(Outcome outcome, UserAccount account) {
        public boolean succeeded() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Accounts(UserAccounts accounts, AuditTrail audit, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    public SignInResult signIn(String username, char[] password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<UserAccount> found = username == null || username.isBlank() || username.length() > UserAccount.USERNAME_LENGTH
                ? Optional.empty() : accounts.byUsernameForUpdate(username);
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            // what was typed may be a mistyped password: never recorded
            audit.record("anonymous", AuditAction.SIGN_IN_FAILED, null, "unknown username");
            return new SignInResult(Outcome.FAILED, null);
        }
        UserAccount account = found.get();
        if (!account.isActive() || account.isLockedAt(now)) {
            hasher.verifyNothing(password);
            audit.record(account.username(), AuditAction.SIGN_IN_REFUSED, account.username(),
                    account.isActive() ? "locked until " + account.lockedUntil() : "inactive account");
            return new SignInResult(Outcome.LOCKED, null);
        }
        if (!hasher.verify(password, account.passwordHash())) {
            boolean locked = account.failedSignIn(now, ATTEMPTS_ALLOWED, LOCKOUT);
            audit.record(account.username(), locked ? AuditAction.ACCOUNT_LOCKED : AuditAction.SIGN_IN_FAILED,
                    account.username(), locked ? "locked until " + account.lockedUntil() : "wrong password");
            return new SignInResult(locked ? Outcome.LOCKED : Outcome.FAILED, null);
        }
        account.signedIn();
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
