package be.pfe.operations.web.user;

import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.account.UserAccount;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as administrators see it: never its password's hash. */
@Schema(name = "UserView")
public record UserDto(long id, String username, String displayName, boolean active, boolean locked,
                       OffsetDateTime lockedUntil, String preferredLanguage, List<RoleDto> roles) {

    /** A role and where it applies (a centre or a partner organisation's code, or neither). */
    @Schema(name = "RoleView")
    public record RoleDto(String role, String centre, String partner) {

        static RoleDto of(RoleGrant grant) {
            return new RoleDto(grant.role().name(), grant.centreCode(), grant.partnerCode());
        }

        /** The role as the pages' checkboxes know it: {@code ROLE} or {@code ROLE@CODE}. */
        public String key() {
            return RoleKeys.key(role, centre != null ? centre : partner);
        }
    }

    static UserDto of(UserAccount account, OffsetDateTime now) {
        return new UserDto(account.id(), account.username(), account.displayName(), account.isActive(),
                account.isLockedAt(now), account.isLockedAt(now) ? account.lockedUntil() : null,
                account.preferredLanguage() == null ? null : account.preferredLanguage().name(),
                account.roles().stream().map(RoleDto::of).toList());
    }
}
