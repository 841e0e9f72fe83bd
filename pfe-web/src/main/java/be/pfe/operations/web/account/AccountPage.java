package be.pfe.operations.web.account;

import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.security.AccountService;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The user's own account: who they are, their roles and where, and changing their password. */
@Named
@RequestScoped
public class AccountPage {

    static final String FORM = "passwordForm";

    @Inject
    Actor actor;
    @Inject
    AccountService accounts;
    @Inject
    UserPreferences preferences;

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    public void changePassword() {
        try {
            if (newPassword == null || !newPassword.equals(confirmPassword)) {
                throw new BusinessRuleException("account.password.confirmationDiffers", "confirmPassword");
            }
            accounts.changePassword(actor.username(), chars(currentPassword), chars(newPassword));
            FacesMessages.info("page.account.passwordChanged");
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmPassword = null;
        }
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    /** The roles, e.g. "Centre staff · TECHNICITY", in the user's language. */
    public List<String> getRoles() {
        return actor.grants().stream().map(this::label).toList();
    }

    private String label(RoleGrant grant) {
        String role = Messages.text(preferences.getLocale(), "Role." + grant.role().name());
        String scope = grant.centreCode() != null ? grant.centreCode() : grant.partnerCode();
        return scope == null ? role : role + " · " + scope;
    }

    public Actor getActor() {
        return actor;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
