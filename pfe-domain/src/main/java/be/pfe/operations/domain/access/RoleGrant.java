package be.pfe.operations.domain.access;

import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** A role held by a user, with where it applies: a centre (staff, board), a partner organisation (managers). */
@Embeddable
public class RoleGrant {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;
    @Column(name = "centre_code", length = 40)
    private String centreCode;
    @Column(name = "partner_code", length = 40)
    private String partnerCode;

    protected RoleGrant() {
        // for JPA
    }

    public RoleGrant(Role role, String centreCode, String partnerCode) {
        if (role == null || role.scopedByCentre() != (centreCode != null)
                || role.scopedByPartner() != (partnerCode != null)) {
            throw new BusinessRuleException("account.role.scopeInvalid", "role", role);
        }
        this.role = role;
        this.centreCode = centreCode;
        this.partnerCode = partnerCode;
    }

    public static RoleGrant of(Role role) {
        return new RoleGrant(role, null, null);
    }

    public static RoleGrant forCentre(Role role, String centreCode) {
        return new RoleGrant(role, centreCode, null);
    }

    public static RoleGrant forPartner(String partnerCode) {
        return new RoleGrant(Role.PARTNER_MANAGER, null, partnerCode);
    }

    public Role role() {
        return role;
    }

    public String centreCode() {
        return centreCode;
    }

    public String partnerCode() {
        return partnerCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoleGrant grant && role == grant.role && Objects.equals(centreCode, grant.centreCode)
                && Objects.equals(partnerCode, grant.partnerCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, centreCode, partnerCode);
    }

    @Override
    public String toString() {
        return role + (centreCode != null ? "@" + centreCode : partnerCode != null ? "@" + partnerCode : "");
    }
}
