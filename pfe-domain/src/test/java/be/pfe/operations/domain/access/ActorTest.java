package be.pfe.operations.domain.access;

import be.pfe.operations.domain.shared.BusinessRuleException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The permission matrix: role x centre x kind of access. */
class ActorTest {

    private static Actor actor(String grant) {
        String[] parts = grant.split("@");
        Role role = Role.valueOf(parts[0]);
        RoleGrant roleGrant = parts.length == 1 ? RoleGrant.of(role)
                : role == Role.PARTNER_MANAGER ? RoleGrant.forPartner(parts[1]) : RoleGrant.forCentre(role, parts[1]);
        return new Actor("someone", "Someone", List.of(roleGrant));
    }

    /** Allowed in TECHNICITY, in DIGITALCITY, across all centres at once. */
    @ParameterizedTest(name = "{0} {1}: Technicity {2}, Digitalcity {3}, all {4}")
    @CsvSource({
            "ADMINISTRATOR,             PLANNING,            true,  true,  true",
            "ADMINISTRATOR,             PERSONAL_DATA,       true,  true,  true",
            "ADMINISTRATOR,             USER_ADMINISTRATION, true,  true,  true",
            "CENTRE_STAFF@TECHNICITY,   REFERENCE_DATA,      true,  true,  true",
            "CENTRE_STAFF@TECHNICITY,   RECORDS,             true,  false, false",
            "CENTRE_STAFF@TECHNICITY,   PERSONAL_DATA,       true,  false, false",
            "CENTRE_STAFF@TECHNICITY,   PLANNING,            true,  false, false",
            "CENTRE_STAFF@TECHNICITY,   FIGURES,             true,  false, false",
            "CENTRE_STAFF@TECHNICITY,   USER_ADMINISTRATION, false, false, false",
            "PARTNER_MANAGER@ACTIRIS,   FIGURES,             true,  true,  true",
            "PARTNER_MANAGER@ACTIRIS,   RECORDS,             false, false, false",
            "PARTNER_MANAGER@ACTIRIS,   PERSONAL_DATA,       false, false, false",
            "PARTNER_MANAGER@ACTIRIS,   PLANNING,            false, false, false",
            "BOARD_MEMBER@TECHNICITY,   FIGURES,             true,  false, false",
            "BOARD_MEMBER@TECHNICITY,   RECORDS,             true,  false, false",
            "BOARD_MEMBER@TECHNICITY,   PERSONAL_DATA,       false, false, false",
            "BOARD_MEMBER@TECHNICITY,   PLANNING,            false, false, false",
            "AUDITOR,                   RECORDS,             true,  true,  true",
            "AUDITOR,                   AUDIT_TRAIL,         true,  true,  true",
            "AUDITOR,                   PERSONAL_DATA,       false, false, false",
            "AUDITOR,                   PLANNING,            false, false, false",
            "ADMINISTRATOR,             HISTORY_IMPORT,      true,  true,  true",
            "CENTRE_STAFF@TECHNICITY,   HISTORY_IMPORT,      false, false, false",
            "BOARD_MEMBER@TECHNICITY,   HISTORY_IMPORT,      false, false, false",
            "PARTNER_MANAGER@ACTIRIS,   HISTORY_IMPORT,      false, false, false",
            "AUDITOR,                   HISTORY_IMPORT,      false, false, false",
            "DATA_MIGRATION,            HISTORY_IMPORT,      true,  true,  true",
            "DATA_MIGRATION,            PLANNING,            true,  true,  true",
            "DATA_MIGRATION,            PERSONAL_DATA,       true,  true,  true",
            "DATA_MIGRATION,            USER_ADMINISTRATION, false, false, false",
            "DATA_MIGRATION,            AUDIT_TRAIL,         false, false, false",
            "DATA_MIGRATION,            PLAN_EDITING,        false, false, false",
    })
    void matrix(String grant, Access access, boolean technicity, boolean digitalcity, boolean all) {
        Actor actor = actor(grant);
        assertEquals(technicity, actor.may(access, "TECHNICITY"));
        assertEquals(digitalcity, actor.may(access, "DIGITALCITY"));
        assertEquals(all, actor.may(access, null));
    }

    @Test
    void nobodySignedInMayDoNothing() {
        for (Access access : Access.values()) {
            assertEquals(false, Actor.anonymous().may(access, "TECHNICITY"));
            assertThrows(AccessDeniedException.class, () -> Actor.anonymous().requireAny(access));
        }
    }

    @Test
    void aRefusalNamesTheAccessAndTheCentre() {
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> actor("BOARD_MEMBER@TECHNICITY").require(Access.PLANNING, "TECHNICITY"));
        assertEquals("access.denied.centre", refused.messageKey());
        assertEquals(Access.PLANNING, refused.access());
        assertEquals("TECHNICITY", refused.centreCode());
    }

    @Test
    void rolesAddUpAndScopesListTheirCentres() {
        Actor both = new Actor("two", "Two hats", List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY"),
                RoleGrant.forCentre(Role.BOARD_MEMBER, "LOGISTICITY")));
        assertEquals(Set.of("LOGISTICITY", "TECHNICITY"), both.scope(Access.RECORDS).centres());
        assertEquals(Set.of("TECHNICITY"), both.scope(Access.PLANNING).centres());
        assertEquals(true, both.homeCentre().isEmpty());
        assertEquals("TECHNICITY", actor("CENTRE_STAFF@TECHNICITY").homeCentre().orElseThrow());
    }

    @Test
    void aScopeMustFitTheRole() {
        assertThrows(BusinessRuleException.class, () -> RoleGrant.of(Role.CENTRE_STAFF));
        assertThrows(BusinessRuleException.class, () -> RoleGrant.forCentre(Role.ADMINISTRATOR, "TECHNICITY"));
        assertThrows(BusinessRuleException.class, () -> new RoleGrant(Role.PARTNER_MANAGER, "TECHNICITY", null));
    }
}
