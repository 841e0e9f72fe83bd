package be.pfe.operations.web.user;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.pfe.operations.domain.access.RoleGrant;

import java.util.List;

/** A new account as the API receives it: the initial password travels only in the body. */
public record UserInput(@Schema(required = true) String username, String displayName,
                        @Schema(required = true,
                                minLength = be.pfe.operations.domain.account.Accounts.PASSWORD_MIN_LENGTH,
                                maxLength = be.pfe.operations.domain.account.Accounts.PASSWORD_MAX_LENGTH)
                        String password, List<RoleInput> roles) {

    /** A role and where it applies: {@code centre} for staff and board members, {@code partner} for managers. */
    public record RoleInput(String role, String centre, String partner) {
    }

    static List<RoleGrant> grants(List<RoleInput> roles) {
        return roles == null ? List.of() : roles.stream()
                .map(role -> role == null ? RoleKeys.grant(null, null, null)
                        : RoleKeys.grant(role.role(), role.centre(), role.partner()))
                .toList();
    }
}
