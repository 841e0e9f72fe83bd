package be.pfe.operations.domain.account;

import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.audit.JpaAuditTrail;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.partner.JpaPartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * User administration against the real PostgreSQL: the rules on usernames, passwords and roles, the last
 * administrator, and the audit trail. Works only on accounts named {@code useradm.*} (the demonstration accounts of
 * other tests may exist: the "last administrator" cases deactivate them for the test and put them back).
 */
class UserAdministrationTest {

    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String PASSWORD = "a-long-enough-password";

    private final TestDatabase database = TestDatabase.shared();
    private final Actor administrator = new Actor("useradm.admin", "Admin", List.of(RoleGrant.of(Role.ADMINISTRATOR)));
    private List<Long> otherAdministrators = List.of();

    @BeforeEach
    void oneAdministrator() {
        database.execute("delete from user_account where username like 'useradm.%'");
        database.execute("delete from audit_event where actor like 'useradm.%' or subject like 'useradm.%'");
        administer(admin -> admin.create(new Actor("setup", "Setup", List.of(RoleGrant.of(Role.ADMINISTRATOR))),
                "useradm.admin", "Admin", PASSWORD.toCharArray(), List.of(RoleGrant.of(Role.ADMINISTRATOR))));
    }

    @AfterEach
    void otherAdministratorsBack() {
        otherAdministrators.forEach(id -> database.execute("update user_account set active = true where id = " + id));
    }

    /** Leaves useradm.admin the only active administrator. */
    private void onlyAdministrator() {
        otherAdministrators = database.inTransaction(em -> em.createNativeQuery("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                where r.role = 'ADMINISTRATOR' and u.active and u.username <> 'useradm.admin'""")
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList());
        otherAdministrators.forEach(id -> database.execute("update user_account set active = false where id = " + id));
    }

    private <T> T administer(Function<UserAdministration, T> work) {
        return database.inTransaction(em -> work.apply(new UserAdministration(new JpaUserAccounts(em),
                new JpaCentres(em), new JpaPartnerOrganisations(em), new JpaAuditTrail(em, Clock.systemUTC()), HASHER)));
    }

    private long create(String username, RoleGrant... roles) {
        return administer(admin -> admin.create(administrator, username, "Test " + username, PASSWORD.toCharArray(),
                List.of(roles)).id());
    }

    private BusinessRuleException refused(Function<UserAdministration, ?> work) {
        return assertThrows(BusinessRuleException.class, () -> administer(work));
    }

    private List<String> audited(String username) {
        return database.inTransaction(em -> em.createNativeQuery(
                "select actor || ' ' || action || ' ' || coalesce(detail, '') from audit_event where subject = ? order by id")
                .setParameter(1, username).getResultList().stream().map(String::valueOf).toList());
    }

    @Test
    void createsAnAccountThatSignsInWithItsRolesAndRecordsWhoCreatedIt() {
        long id = create("UserAdm.Staff", RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY"),
                RoleGrant.forPartner("ACTIRIS"), RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY"));
        UserAccount created = administer(admin -> admin.byId(administrator, id));
        assertEquals("useradm.staff", created.username());
        assertEquals(List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY"), RoleGrant.forPartner("ACTIRIS")),
                created.roles());
        assertTrue(created.isActive());
        assertTrue(HASHER.verify(PASSWORD.toCharArray(), created.passwordHash()));
        List<String> trail = audited("useradm.staff");
        assertEquals(1, trail.size());
        assertTrue(trail.get(0).startsWith("useradm.admin USER_CREATED roles [CENTRE_STAFF@TECHNICITY, "
                + "PARTNER_MANAGER@ACTIRIS]"), trail.get(0));
        assertFalse(trail.get(0).contains(PASSWORD));
    }

    @Test
    void refusesBadUsernamesNamesPasswordsAndRolesAndWritesNothing() {
        long before = database.count("user_account");
        RoleGrant auditor = RoleGrant.of(Role.AUDITOR);
        assertEquals("user.username.invalid", refused(admin -> admin.create(administrator, "a b", "X",
                PASSWORD.toCharArray(), List.of(auditor))).messageKey());
        assertEquals("user.username.invalid", refused(admin -> admin.create(administrator, "ab", "X",
                PASSWORD.toCharArray(), List.of(auditor))).messageKey());
        assertEquals("user.displayName.invalid", refused(admin -> admin.create(administrator, "useradm.x", "  ",
                PASSWORD.toCharArray(), List.of(auditor))).messageKey());
        assertEquals("account.password.tooShort", refused(admin -> admin.create(administrator, "useradm.x", "X",
                "short".toCharArray(), List.of(auditor))).messageKey());
        assertEquals("user.roles.required", refused(admin -> admin.create(administrator, "useradm.x", "X",
                PASSWORD.toCharArray(), List.of())).messageKey());
        assertEquals("user.role.centreUnknown", refused(admin -> admin.create(administrator, "useradm.x", "X",
                PASSWORD.toCharArray(), List.of(RoleGrant.forCentre(Role.BOARD_MEMBER, "NOWHERE")))).messageKey());
        assertEquals("user.role.partnerUnknown", refused(admin -> admin.create(administrator, "useradm.x", "X",
                PASSWORD.toCharArray(), List.of(RoleGrant.forPartner("NOBODY")))).messageKey());
        assertEquals("user.username.taken", refused(admin -> admin.create(administrator, "useradm.admin", "X",
                PASSWORD.toCharArray(), List.of(auditor))).messageKey());
        assertThrows(BusinessRuleException.class, () -> new RoleGrant(Role.CENTRE_STAFF, null, "ACTIRIS"));
        assertEquals(before, database.count("user_account"));
    }

    @Test
    void onlyAnAdministratorAdministers() {
        Actor auditor = new Actor("useradm.auditor", "Auditor", List.of(RoleGrant.of(Role.AUDITOR)));
        long id = create("useradm.someone", RoleGrant.of(Role.AUDITOR));
        assertThrows(AccessDeniedException.class, () -> administer(admin -> admin.all(auditor)));
        assertThrows(AccessDeniedException.class, () -> administer(admin -> admin.deactivate(auditor, id)));
        assertThrows(AccessDeniedException.class, () -> administer(admin -> admin.create(auditor, "useradm.other",
                "X", PASSWORD.toCharArray(), List.of(RoleGrant.of(Role.AUDITOR)))));
        assertTrue(administer(admin -> admin.byId(administrator, id)).isActive());
    }

    @Test
    void changesRolesDeactivatesReactivatesUnlocksAndResetsEachRecorded() {
        long id = create("useradm.board", RoleGrant.forCentre(Role.BOARD_MEMBER, "TECHNICITY"));
        administer(admin -> admin.changeRoles(administrator, id, List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "DIGITALCITY"))));
        database.execute("update user_account set locked_until = now() + interval '10 minutes', failed_attempts = 2 "
                + "where id = " + id);
        administer(admin -> admin.unlock(administrator, id));
        administer(admin -> admin.deactivate(administrator, id));
        assertFalse(administer(admin -> admin.byId(administrator, id)).isActive());
        administer(admin -> admin.reactivate(administrator, id));
        administer(admin -> admin.resetPassword(administrator, id, "another-long-password".toCharArray()));

        UserAccount after = administer(admin -> admin.byId(administrator, id));
        assertEquals(List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "DIGITALCITY")), after.roles());
        assertTrue(after.isActive());
        assertEquals(null, after.lockedUntil());
        assertEquals(0, after.failedAttempts());
        assertTrue(HASHER.verify("another-long-password".toCharArray(), after.passwordHash()));
        assertEquals(List.of("useradm.admin USER_CREATED roles [BOARD_MEMBER@TECHNICITY]",
                "useradm.admin ROLES_CHANGED [BOARD_MEMBER@TECHNICITY] -> [CENTRE_STAFF@DIGITALCITY]",
                "useradm.admin ACCOUNT_UNLOCKED ", "useradm.admin USER_DEACTIVATED ",
                "useradm.admin USER_REACTIVATED ", "useradm.admin PASSWORD_RESET "), audited("useradm.board"));
        assertEquals("account.password.tooShort", refused(admin -> admin.resetPassword(administrator, id,
                "too-short".toCharArray())).messageKey());
        assertThrows(NotFoundException.class, () -> administer(admin -> admin.unlock(administrator, 987_654_321L)));
    }

    @Test
    void anAdministratorCannotDeactivateThemselvesNorRemoveTheLastAdministrator() {
        long self = database.inTransaction(em -> new JpaUserAccounts(em).byUsername("useradm.admin").orElseThrow().id());
        assertEquals("user.deactivate.self", refused(admin -> admin.deactivate(administrator, self)).messageKey());

        onlyAdministrator();
        assertEquals("user.administrator.last", refused(admin -> admin.changeRoles(administrator, self,
                List.of(RoleGrant.of(Role.AUDITOR)))).messageKey());
        Actor other = new Actor("useradm.second", "Second", List.of(RoleGrant.of(Role.ADMINISTRATOR)));
        assertEquals("user.administrator.last", refused(admin -> admin.deactivate(other, self)).messageKey());
        assertTrue(administer(admin -> admin.byId(administrator, self)).isActive());

        long second = create("useradm.second", RoleGrant.of(Role.ADMINISTRATOR));
        administer(admin -> admin.changeRoles(administrator, self, List.of(RoleGrant.of(Role.AUDITOR))));
        assertEquals("user.administrator.last", refused(admin -> admin.deactivate(administrator, second)).messageKey());
    }
}
