package be.pfe.operations.web.account;

import be.pfe.operations.domain.account.Accounts;
import be.pfe.operations.web.security.AccountIdentityStore;
import be.pfe.operations.web.security.AccountService;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The login page, and signing out. After signing in, the interface speaks the user's language. */
@Named
@RequestScoped
public class LoginPage {

    static final String FORM = "loginForm";

    @Inject
    SecurityContext security;
    @Inject
    AccountService accounts;
    @Inject
    UserPreferences preferences;

    private String username;
    private String password;

    public String signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            accounts.usable(request.getUserPrincipal().getName()).ifPresent(account ->
                    preferences.signedIn(account.preferredLanguage(), accounts.actor(account.username()).homeCentre().orElse(null)));
            String next = be.pfe.operations.web.security.DeepLinks.take(request);
            if (next != null) { // the page asked for before signing in
                try {
                    external.redirect(external.getRequestContextPath() + next);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                faces.responseComplete();
                return null;
            }
            return "/index?faces-redirect=true";
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        Object outcome = request.getAttribute(AccountIdentityStore.OUTCOME);
        if (outcome == Accounts.Outcome.THROTTLED) {
            java.time.Duration wait = (java.time.Duration) request.getAttribute(AccountIdentityStore.RETRY_AFTER);
            long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
            ((HttpServletResponse) external.getResponse()).setHeader("Retry-After", Long.toString(seconds));
            FacesMessages.error("page.login.throttled", seconds);
            return null;
        }
        FacesMessages.error(outcome == Accounts.Outcome.LOCKED ? "page.login.locked" : "page.login.failed");
        return null;
    }

    public String signOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String user = external.getRemoteUser();
        if (user != null) {
            accounts.signedOut(user);
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login?faces-redirect=true&signedOut=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
