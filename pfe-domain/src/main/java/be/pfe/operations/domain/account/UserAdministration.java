package be.pfe.operations.domain.account;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.audit.AuditAction;
import be.pfe.operations.domain.audit.AuditTrail;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What administrators do with the accounts: create one, change its roles, deactivate and reactivate it, lift a
 * lockout, give a new password. Only an actor with {@link Access#USER_ADMINISTRATION} may; every change is in the
 * audit trail (who, when, what: usernames, roles and codes, never a password). An administrator cannot deactivate
 * themselves, and the last active administrator can be neither deactivated nor stripped of the role. Call each
 * method in a transaction of its own.
 */
public class UserAdministration {

    /** Lower-case letters, digits, dots, hyphens and underscores; starting with a letter or a digit. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (UserAccount.USERNAME_LENGTH - 1) + "}");

    private final UserAccounts accounts;
    private final Centres centres;
    private final PartnerOrganisations partners;
    private final AuditTrail audit;
    private final PasswordHasher hasher;

    public UserAdministration(UserAccounts accounts, Centres centres, PartnerOrganisations partners, AuditTrail audit,
                              PasswordHasher hasher) {
        this.accounts = accounts;
        this.centres = centres;
        this.partners = partners;
        this.audit = audit;
        this.hasher = hasher;
    }

    public List<UserAccount> all(Actor actor) {
        actor.require(Access.USER_ADMINISTRATION, null);
        return accounts.all();
    }

    public UserAccount byId(Actor actor, long id) {
        actor.require(Access.USER_ADMINISTRATION, null);
        return accounts.byId(id).orElseThrow(() -> unknown(id));
    }

    /** A new account, active, with its initial password and its roles. */
    public UserAccount create(Actor actor, String username, String displayName, char[] password,
                              Collection<RoleGrant> roles) {
        actor.require(Access.USER_ADMINISTRATION, null);
        String name = UserAccount.normalise(username);
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw new BusinessRuleException("user.username.invalid", "username", UserAccount.USERNAME_LENGTH);
        }
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > UserAccount.DISPLAY_NAME_LENGTH) {
            throw new BusinessRuleException("user.displayName.invalid", "displayName", UserAccount.DISPLAY_NAME_LENGTH);
        }
        List<RoleGrant> grants = checked(roles);
        Accounts.checkPassword(password, "password");
        if (accounts.byUsername(name).isPresent()) {
            throw new BusinessRuleException("user.username.taken", "username", name);
        }
        UserAccount account = new UserAccount(name, display, hasher.hash(password), null, grants);
        accounts.add(account);
        audit.record(actor.username(), AuditAction.USER_CREATED, name, "roles " + grants);
        return account;
    }

    /** Gives the account exactly these roles. */
    public UserAccount changeRoles(Actor actor, long id, Collection<RoleGrant> roles) {
        actor.require(Access.USER_ADMINISTRATION, null);
        List<RoleGrant> grants = checked(roles);
        List<String> administrators = accounts.activeAdministratorsForUpdate();
        UserAccount account = forUpdate(id);
        List<RoleGrant> before = account.roles();
        if (Set.copyOf(before).equals(Set.copyOf(grants))) {
            return account;
        }
        boolean staysAdministrator = grants.stream().anyMatch(grant -> grant.role() == Role.ADMINISTRATOR);
        if (!staysAdministrator) {
            refuseRemovingLastAdministrator(account, administrators);
        }
        account.replaceRoles(grants);
        audit.record(actor.username(), AuditAction.ROLES_CHANGED, account.username(), before + " -> " + grants);
        return account;
    }

    /** The account can no longer sign in (nor act on a session it already has). */
    public UserAccount deactivate(Actor actor, long id) {
        actor.require(Access.USER_ADMINISTRATION, null);
        List<String> administrators = accounts.activeAdministratorsForUpdate();
        UserAccount account = forUpdate(id);
        if (account.username().equals(actor.username())) {
            throw new BusinessRuleException("user.deactivate.self", null);
        }
        if (account.isActive()) {
            refuseRemovingLastAdministrator(account, administrators);
            account.deactivate();
            audit.record(actor.username(), AuditAction.USER_DEACTIVATED, account.username(), null);
        }
        return account;
    }

    public UserAccount reactivate(Actor actor, long id) {
        actor.require(Access.USER_ADMINISTRATION, null);
        UserAccount account = forUpdate(id);
        if (!account.isActive()) {
            account.reactivate();
            audit.record(actor.username(), AuditAction.USER_REACTIVATED, account.username(), null);
        }
        return account;
    }

    /** Lifts a lockout before its time (and forgets the failed attempts). */
    public UserAccount unlock(Actor actor, long id) {
        actor.require(Access.USER_ADMINISTRATION, null);
        UserAccount account = forUpdate(id);
        if (account.lockedUntil() != null || account.failedAttempts() > 0) {
            account.unlock();
            audit.record(actor.username(), AuditAction.ACCOUNT_UNLOCKED, account.username(), null);
        }
        return account;
    }

    /** Gives the account a new password that meets the rules (the user will want to change it). */
    public UserAccount resetPassword(Actor actor, long id, char[] password) {
        actor.require(Access.USER_ADMINISTRATION, null);
        Accounts.checkPassword(password, "password");
        UserAccount account = forUpdate(id);
        account.resetPassword(hasher.hash(password));
        audit.record(actor.username(), AuditAction.PASSWORD_RESET, account.username(), null);
        return account;
    }

    private UserAccount forUpdate(long id) {
        return accounts.byIdForUpdate(id).orElseThrow(() -> unknown(id));
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("user.unknown", null, id);
    }

    private static void refuseRemovingLastAdministrator(UserAccount account, List<String> administrators) {
        if (administrators.size() == 1 && administrators.contains(account.username())) {
            throw new BusinessRuleException("user.administrator.last", null, account.username());
        }
    }

    /** At least one role, each once, each for a centre or a partner that exists (the scope fits: {@link RoleGrant}). */
    private List<RoleGrant> checked(Collection<RoleGrant> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException("user.roles.required", "roles");
        }
        for (RoleGrant grant : roles) {
            if (grant.centreCode() != null && centres.byCode(grant.centreCode()).isEmpty()) {
                throw new BusinessRuleException("user.role.centreUnknown", "roles", grant.centreCode());
            }
            if (grant.partnerCode() != null && partners.byCode(grant.partnerCode()).isEmpty()) {
                throw new BusinessRuleException("user.role.partnerUnknown", "roles", grant.partnerCode());
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(roles));
    }
}
