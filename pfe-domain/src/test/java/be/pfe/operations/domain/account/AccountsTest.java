package be.pfe.operations.domain.account;

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
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, lockout and the user's own changes, against the real PostgreSQL, with a clock the test moves. */
class AccountsTest {

    private static final String USER = "test.lockout";
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String PASSWORD_HASH = HASHER.hash("right-password-42".toCharArray());

    private final TestDatabase database = TestDatabase.shared();
    private Instant now = Instant.parse("2042-03-02T09:00:00Z");

    @BeforeEach
    void oneStaffMember() {
        database.execute("delete from user_account where username like 'test.%'");
        database.execute("delete from audit_event where actor like 'test.%' or subject like 'test.%'");
        database.transact(em -> new JpaUserAccounts(em).add(new UserAccount(USER, "Test Lockout", PASSWORD_HASH,
                Language.NL, List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY")))));
    }

    private <T> T withAccounts(Function<Accounts, T> work) {
        Clock clock = Clock.fixed(now, ZoneId.of("Europe/Brussels"));
        return database.inTransaction(em -> work.apply(new Accounts(new JpaUserAccounts(em),
                new JpaAuditTrail(em, clock), HASHER, clock)));
    }

    private Accounts.Outcome signIn(String password) {
        return withAccounts(accounts -> accounts.signIn(USER, password.toCharArray()).outcome());
    }

    private List<AuditAction> audited() {
        List<AuditAction> newestFirst = new java.util.ArrayList<>(database.inTransaction(em ->
                new JpaAuditTrail(em, Clock.systemUTC()).latestAbout(USER, 50)).stream().map(AuditEvent::action).toList());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Test
    void signsInWithTheRightPasswordWhateverTheCaseOfTheUsername() {
        Accounts.SignInResult result = withAccounts(accounts -> accounts.signIn("  Test.Lockout ", "right-password-42".toCharArray()));
        assertTrue(result.succeeded());
        assertEquals(USER, result.account().username());
        assertEquals(Language.NL, result.account().preferredLanguage());
        assertEquals(List.of(AuditAction.SIGN_IN_SUCCEEDED), audited());
    }

    @Test
    void locksTheAccountForFifteenMinutesAfterFiveFailuresEvenForTheRightPassword() {
        for (int attempt = 1; attempt < Accounts.ATTEMPTS_ALLOWED; attempt++) {
            assertEquals(Accounts.Outcome.FAILED, signIn("wrong-" + attempt));
        }
        assertEquals(Accounts.Outcome.LOCKED, signIn("wrong-5"));
        assertEquals(Accounts.Outcome.LOCKED, signIn("right-password-42"), "locked: the right password is refused");

        now = now.plus(Duration.ofMinutes(14));
        assertEquals(Accounts.Outcome.LOCKED, signIn("right-password-42"));
        now = now.plus(Duration.ofMinutes(1).plusSeconds(1));
        assertEquals(Accounts.Outcome.SIGNED_IN, signIn("right-password-42"));

        assertEquals(List.of(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED,
                AuditAction.SIGN_IN_FAILED, AuditAction.ACCOUNT_LOCKED, AuditAction.SIGN_IN_REFUSED,
                AuditAction.SIGN_IN_REFUSED, AuditAction.SIGN_IN_SUCCEEDED), audited());
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
                accounts.signIn("test.nobody", "right-password-42".toCharArray()).outcome()));
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
