package be.pfe.operations.web.user;

import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.shared.BusinessRuleException;

/**
 * Roles as the API and the pages send them. The pages' checkboxes write a role with its scope as one text,
 * {@code ROLE} or {@code ROLE@CODE} (e.g. {@code CENTRE_STAFF@TECHNICITY}), the code a centre's or a partner's as
 * the role says; the API sends the role, the centre and the partner apart. A role that does not fit its scope is
 * refused by {@link RoleGrant}.
 */
final class RoleKeys {

    private RoleKeys() {
    }

    static String key(String role, String scope) {
        return scope == null ? role : role + "@" + scope;
    }

    static String key(RoleGrant grant) {
        return key(grant.role().name(), grant.centreCode() != null ? grant.centreCode() : grant.partnerCode());
    }

    static RoleGrant grant(String key) {
        String[] parts = key == null ? new String[] {""} : key.split("@", 2);
        Role role = role(parts[0]);
        String scope = parts.length == 2 ? parts[1] : null;
        if (role.scopedByCentre()) {
            return new RoleGrant(role, scope, null);
        }
        return role.scopedByPartner() ? new RoleGrant(role, null, scope) : new RoleGrant(role, scope, scope);
    }

    static RoleGrant grant(String role, String centre, String partner) {
        return new RoleGrant(role(role), blankToNull(centre), blankToNull(partner));
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException unknown) {
            throw new BusinessRuleException("user.role.unknown", "roles", name == null ? "" : name);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
