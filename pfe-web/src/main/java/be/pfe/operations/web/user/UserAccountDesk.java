package be.pfe.operations.web.user;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.account.PasswordHasher;
import be.pfe.operations.domain.account.UserAccount;
import be.pfe.operations.domain.account.UserAccounts;
import be.pfe.operations.domain.account.UserAdministration;
import be.pfe.operations.domain.audit.AuditTrail;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.web.security.VerifiedCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the users page and the API do with the accounts, for administrators only: each request one transaction,
 * answered with the account as stored. A password given here is forgotten as soon as it is hashed.
 */
@ApplicationScoped
@Transactional
public class UserAccountDesk {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    Actor actor;
    @Inject
    UserAccounts accounts;
    @Inject
    Centres centres;
    @Inject
    PartnerOrganisations partners;
    @Inject
    AuditTrail audit;
    @Inject
    VerifiedCredentials verified;
    @Inject
    be.pfe.operations.domain.account.SignInThrottle throttle;

    private UserAdministration administration() {
        return new UserAdministration(accounts, centres, partners, audit, hasher);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserDto> all() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return administration().all(actor).stream().map(account -> UserDto.of(account, now)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserDto get(long id) {
        return UserDto.of(administration().byId(actor, id), OffsetDateTime.now(clock));
    }

    public UserDto create(String username, String displayName, char[] password, Collection<RoleGrant> roles) {
        return view(administration().create(actor, username, displayName, password, roles));
    }

    public UserDto changeRoles(long id, Collection<RoleGrant> roles) {
        return view(administration().changeRoles(actor, id, roles));
    }

    public UserDto deactivate(long id) {
        UserAccount account = administration().deactivate(actor, id);
        verified.forget(account.username());
        return view(account);
    }

    public UserDto reactivate(long id) {
        return view(administration().reactivate(actor, id));
    }

    /** Lifts the account's lockout and the delays of every client on it. */
    public UserDto unlock(long id) {
        UserAccount account = administration().unlock(actor, id);
        throttle.forget(account.username());
        return view(account);
    }

    public UserDto resetPassword(long id, char[] password) {
        UserAccount account = administration().resetPassword(actor, id, password);
        verified.forget(account.username());
        return view(account);
    }

    /**
     * Every role a user can be given, with where it applies: administrator and auditor once, staff and board
     * member for each centre, partner manager for each partner organisation (the scopes the database accepts).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoleGrant> grantable() {
        actor.require(Access.USER_ADMINISTRATION, null);
        List<RoleGrant> grants = new ArrayList<>();
        for (be.pfe.operations.domain.access.Role role : be.pfe.operations.domain.access.Role.values()) {
            if (role.scopedByCentre()) {
                centres.all().forEach(centre -> grants.add(RoleGrant.forCentre(role, centre.code())));
            } else if (role.scopedByPartner()) {
                partners.all().stream().map(PartnerOrganisation::code).forEach(code -> grants.add(RoleGrant.forPartner(code)));
            } else {
                grants.add(RoleGrant.of(role));
            }
        }
        return grants;
    }

    private UserDto view(UserAccount account) {
        return UserDto.of(account, OffsetDateTime.now(clock));
    }
}
