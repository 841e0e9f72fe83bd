package be.pfe.operations.domain.account;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.audit.AuditAction;
import be.pfe.operations.domain.audit.AuditEvent;
import be.pfe.operations.domain.audit.JpaAuditTrail;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in, the delays per account and client address, the pause of a client that fails too often, and the user's own
 * changes, against the real PostgreSQL, with a clock the test moves.
 */
class AccountsTest {

    /** The account's owner, and someone else trying their username from elsewhere. */
    private static final String OWNER = "192.0.2.10";
    private static final String ATTACKER = "203.0.113.66";

    private static final String USER = "test.lockout";
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String PASSWORD_HASH = HASHER.hash("right-password-42".toCharArray());

    private final TestDatabase database = TestDatabase.shared();
    private Instant now = Instant.parse("2042-03-02T09:00:00Z");

    @BeforeEach
    void oneStaffMember() {
        database.execute("delete from user_account where username like 'test.%'");
        database.execute("delete from audit_event where actor like 'test.%' or subject like 'test.%'");
        database.execute("delete from sign_in_failure where username like 'test.%' or client in ('" + OWNER + "', '"
                + ATTACKER + "')");
        database.execute("delete from sign_in_client where client in ('" + OWNER + "', '" + ATTACKER + "')");
        database.transact(em -> new JpaUserAccounts(em).add(new UserAccount(USER, "Test Lockout", PASSWORD_HASH,
                Language.NL, List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY")))));
    }

    private <T> T withAccounts(Function<Accounts, T> work) {
        Clock clock = Clock.fixed(now, Clocks.BRUSSELS);
        return database.inTransaction(em -> work.apply(new Accounts(new JpaUserAccounts(em), new JpaSignInThrottle(em),
                new JpaAuditTrail(em, clock), HASHER, clock)));
    }

    private Accounts.Outcome signIn(String password) {
        return signIn(password, OWNER).outcome();
    }

    private Accounts.SignInResult signIn(String password, String client) {
        return withAccounts(accounts -> accounts.signIn(USER, password.toCharArray(), client));
    }

    private List<AuditAction> audited() {
        List<AuditAction> newestFirst = new java.util.ArrayList<>(database.inTransaction(em ->
                new JpaAuditTrail(em, Clock.systemUTC()).latestAbout(USER, 50)).stream().map(AuditEvent::action).toList());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Test
    void signsInWithTheRightPasswordWhateverTheCaseOfTheUsername() {
        Accounts.SignInResult result = withAccounts(accounts -> accounts.signIn("  Test.Lockout ", "right-password-42".toCharArray(), OWNER));
        assertTrue(result.succeeded());
        assertEquals(USER, result.account().username());
        assertEquals(Language.NL, result.account().preferredLanguage());
        assertEquals(List.of(AuditAction.SIGN_IN_SUCCEEDED), audited());
    }

    @Test
    void delaysTheClientThatFailedFiveTimesWithGrowingWaitsWhileTheOwnerElsewhereStillSignsIn() {
        for (int attempt = 1; attempt < Accounts.ATTEMPTS_ALLOWED; attempt++) {
            assertEquals(Accounts.Outcome.FAILED, signIn("wrong-" + attempt, ATTACKER).outcome());
        }
        Accounts.SignInResult fifth = signIn("wrong-5", ATTACKER);
        assertEquals(Accounts.Outcome.THROTTLED, fifth.outcome());
        assertEquals(Duration.ofSeconds(1), fifth.retryAfter());
        assertEquals(Accounts.Outcome.THROTTLED, signIn("right-password-42", ATTACKER).outcome(),
                "while it waits, not even the right password is checked from that client");
        assertEquals(Accounts.Outcome.SIGNED_IN, signIn("right-password-42", OWNER).outcome(),
                "the owner on another client is not locked out");

        now = now.plusSeconds(1);
        assertEquals(Duration.ofSeconds(2), signIn("wrong-6", ATTACKER).retryAfter(), "the wait doubles");
        now = now.plusSeconds(2);
        assertEquals(Duration.ofSeconds(4), signIn("wrong-7", ATTACKER).retryAfter());
        now = now.plusMillis(3_999);
        assertEquals(Duration.ofMillis(1), signIn("right-password-42", ATTACKER).retryAfter());
        for (int attempt = 8; attempt <= 16; attempt++) {
            now = now.plus(Duration.ofMinutes(15));
            signIn("wrong-" + attempt, ATTACKER);
        }
        now = now.plus(Duration.ofMinutes(14));
        assertEquals(Duration.ofMinutes(1), signIn("wrong-17", ATTACKER).retryAfter(), "at most 15 minutes");
        assertEquals(Accounts.Outcome.SIGNED_IN, signIn("right-password-42", OWNER).outcome());

        now = now.plus(Duration.ofMinutes(1));
        assertEquals(Accounts.Outcome.SIGNED_IN, signIn("right-password-42", ATTACKER).outcome(),
                "after the wait the right password signs in, and the client's failures are forgotten");
        assertEquals(Accounts.Outcome.FAILED, signIn("wrong-again", ATTACKER).outcome());

        List<AuditAction> audited = audited();
        assertEquals(List.of(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED,
                AuditAction.SIGN_IN_FAILED, AuditAction.ACCOUNT_LOCKED, AuditAction.SIGN_IN_THROTTLED,
                AuditAction.SIGN_IN_SUCCEEDED, AuditAction.ACCOUNT_LOCKED, AuditAction.ACCOUNT_LOCKED), audited.subList(0, 9));
        Boolean unlocked = database.inTransaction(em -> new JpaUserAccounts(em).byUsername(USER).orElseThrow()
                .lockedUntil() == null);
        assertTrue(unlocked, "the account itself is never locked");
    }

    @Test
    void theDelayGrowsFromOneSecondToFifteenMinutes() {
        assertEquals(Duration.ZERO, SignInThrottle.delayAfter(4));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.delayAfter(5));
        assertEquals(Duration.ofSeconds(8), SignInThrottle.delayAfter(8));
        assertEquals(Duration.ofSeconds(512), SignInThrottle.delayAfter(14));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.delayAfter(15));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.delayAfter(1_000));
    }

    @Test
    void aClientWithThirtyFailuresInTenMinutesOverAllAccountsWaitsFifteenMinutesForAnyAccount() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.ofInstant(now, Clocks.BRUSSELS);
        for (int failure = 1; failure < SignInThrottle.CLIENT_FAILURES_ALLOWED; failure++) {
            java.time.OffsetDateTime when = at.plusSeconds(failure * 10L);
            assertEquals(Duration.ZERO, database.inTransaction(em -> new JpaSignInThrottle(em).failed(null, ATTACKER, when)),
                    "unknown usernames count for the client only");
        }
        java.time.OffsetDateTime last = at.plusSeconds(300);
        assertEquals(SignInThrottle.CLIENT_PAUSE, database.inTransaction(em -> new JpaSignInThrottle(em)
                .failed("test.someone-else", ATTACKER, last)));
        now = last.toInstant().plusSeconds(60);
        Accounts.SignInResult refused = signIn("right-password-42", ATTACKER);
        assertEquals(Accounts.Outcome.THROTTLED, refused.outcome(), "whatever account it tries");
        assertEquals(Duration.ofMinutes(14), refused.retryAfter());
        assertEquals(Accounts.Outcome.SIGNED_IN, signIn("right-password-42", OWNER).outcome(), "other clients sign in");
        now = now.plus(Duration.ofMinutes(14));
        assertEquals(Accounts.Outcome.SIGNED_IN, signIn("right-password-42", ATTACKER).outcome());
    }

    @Test
    void failuresSpreadOverMoreThanTenMinutesDoNotPauseTheClient() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.ofInstant(now, Clocks.BRUSSELS);
        for (int failure = 1; failure <= 2 * SignInThrottle.CLIENT_FAILURES_ALLOWED; failure++) {
            java.time.OffsetDateTime when = at.plusSeconds(failure * 30L);
            assertEquals(Duration.ZERO, database.inTransaction(em -> new JpaSignInThrottle(em).failed(null, ATTACKER, when)),
                    "failure " + failure);
        }
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int attempt = 1; attempt < Accounts.ATTEMPTS_ALLOWED; attempt++) {
            signIn("wrong-" + attempt);
        }
        assertEquals(Accounts.Outcome.SIGNED_IN, signIn("right-password-42"));
        assertEquals(Accounts.Outcome.FAILED, signIn("wrong-again"), "the count started again from zero");
        assertEquals(1, (int) database.inTransaction(em -> new JpaUserAccounts(em).byUsername(USER).orElseThrow().failedAttempts()));
    }

    @Test
    void anUnknownUsernameFailsAndIsAuditedWithoutWhatWasTyped() {
        assertEquals(Accounts.Outcome.FAILED, withAccounts(accounts ->
                accounts.signIn("test.nobody", "right-password-42".toCharArray(), OWNER).outcome()));
        assertEquals(0L, (long) database.inTransaction(em -> em.createQuery(
                "select count(e) from AuditEvent e where e.subject like '%nobody%' or e.detail like '%nobody%'",
                Long.class).getSingleResult()));
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOneAndAStrongEnoughNewOne() {
        BusinessRuleException wrong = assertThrows(BusinessRuleException.class, () -> withAccounts(accounts -> {
            accounts.changePassword(USER, "not-the-password".toCharArray(), "a-new-long-password".toCharArray());
            return null;
        }));
        assertEquals("account.password.currentWrong", wrong.messageKey());
        BusinessRuleException shortOne = assertThrows(BusinessRuleException.class, () -> withAccounts(accounts -> {
            accounts.changePassword(USER, "right-password-42".toCharArray(), "short-11chr".toCharArray());
            return null;
        }));
        assertEquals("account.password.tooShort", shortOne.messageKey());
        assertEquals("newPassword", shortOne.field());
        assertEquals(Accounts.Outcome.SIGNED_IN, signIn("right-password-42"), "nothing changed");

        withAccounts(accounts -> {
            accounts.changePassword(USER, "right-password-42".toCharArray(), "a-new-long-password".toCharArray());
            return null;
        });
        assertEquals(Accounts.Outcome.FAILED, signIn("right-password-42"));
        assertEquals(Accounts.Outcome.SIGNED_IN, signIn("a-new-long-password"));
        assertTrue(audited().contains(AuditAction.PASSWORD_CHANGED));
        assertEquals(1, audited().stream().filter(action -> action == AuditAction.PASSWORD_CHANGED).count(),
                "a refused change is rolled back with everything else");
    }

    @Test
    void remembersTheChosenLanguage() {
        withAccounts(accounts -> {
            accounts.chooseLanguage(USER, Language.EN);
            return null;
        });
        assertEquals(Language.EN, database.inTransaction(em -> new JpaUserAccounts(em).byUsername(USER)
                .orElseThrow().preferredLanguage()));
        assertTrue(audited().contains(AuditAction.LANGUAGE_CHANGED));
        assertFalse(audited().contains(AuditAction.PASSWORD_CHANGED));
    }
}
