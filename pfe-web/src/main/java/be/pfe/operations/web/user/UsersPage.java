package be.pfe.operations.web.user;

import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The users page (administrators only): the accounts, a new one, and the chosen one's roles, state and password.
 * Roles are chosen among every role with the scopes it fits ({@link UserAccountDesk#grantable()}).
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    static final String NEW_FORM = "newUserForm";
    static final String USER_FORM = "userForm";

    @Inject
    UserAccountDesk users;
    @Inject
    be.pfe.operations.web.api.RecordVersions versions;
    @Inject
    UserPreferences preferences;
    @Inject
    be.pfe.operations.web.ui.OrganisationNames organisationNames;

    private List<UserDto> accounts;
    private List<String> grantable;
    private UserDto chosen;
    /** The version of the chosen account as the page showed it: a change after someone else's is refused. */
    private long chosenVersion;
    private List<String> chosenRoles = new ArrayList<>();
    private String newPassword;

    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();

    @PostConstruct
    void load() {
        accounts = users.all();
        grantable = users.grantable().stream().map(RoleKeys::key).toList();
    }

    public void choose(long id) {
        show(users.get(id));
    }

    private void show(UserDto account) {
        chosen = account;
        chosenVersion = versions.version(be.pfe.operations.web.api.RecordVersions.Kind.USER, account.id());
        chosenRoles = new ArrayList<>(account.roles().stream().map(UserDto.RoleDto::key).toList());
        newPassword = null;
        accounts = users.all();
    }

    public void create() {
        try {
            UserDto created = users.create(username, displayName, chars(password), grants(roles));
            FacesMessages.info("page.users.created", created.username());
            username = null;
            displayName = null;
            roles = new ArrayList<>();
            show(created);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, NEW_FORM);
        } finally {
            password = null;
        }
    }

    public void saveRoles() {
        change(() -> users.changeRoles(chosen.id(), grants(chosenRoles)), "page.users.rolesSaved");
    }

    public void deactivate() {
        change(() -> users.deactivate(chosen.id()), "page.users.deactivated");
    }

    public void reactivate() {
        change(() -> users.reactivate(chosen.id()), "page.users.reactivated");
    }

    public void unlock() {
        change(() -> users.unlock(chosen.id()), "page.users.unlocked");
    }

    public void resetPassword() {
        try {
            change(() -> users.resetPassword(chosen.id(), chars(newPassword)), "page.users.passwordReset");
        } finally {
            newPassword = null;
        }
    }

    private void change(Supplier<UserDto> work, String doneKey) {
        try {
            UserDto changed = be.pfe.operations.web.ui.ChangedMeanwhile.save(versions,
                    be.pfe.operations.web.api.RecordVersions.Kind.USER, chosen.id(), chosenVersion, work);
            show(changed);
            FacesMessages.info(doneKey, changed.username());
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, USER_FORM);
        }
    }

    private static List<RoleGrant> grants(List<String> keys) {
        return keys == null ? List.of() : keys.stream().map(RoleKeys::grant).toList();
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    /** A role with its scope in the user's language, e.g. "Centre staff · Technicity" (the centre's or partner's name). */
    public String roleLabel(String key) {
        String[] parts = key.split("@", 2);
        String role = Messages.text(preferences.getLocale(), "Role." + parts[0]);
        return parts.length == 2 ? role + " · " + organisationNames.of(parts[1]) : role;
    }

    public String rolesOf(UserDto account) {
        return String.join(", ", account.roles().stream().map(role -> roleLabel(role.key())).toList());
    }

    /** Active, inactive or locked, in the user's language. */
    public String stateOf(UserDto account) {
        return Messages.text(preferences.getLocale(), !account.active() ? "page.users.state.inactive"
                : account.locked() ? "page.users.state.locked" : "page.users.state.active");
    }

    public List<UserDto> getAccounts() {
        return accounts;
    }

    public List<String> getGrantable() {
        return grantable;
    }

    public UserDto getChosen() {
        return chosen;
    }

    public List<String> getChosenRoles() {
        return chosenRoles;
    }

    public void setChosenRoles(List<String> chosenRoles) {
        this.chosenRoles = chosenRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
