package be.pfe.operations.web.security;

import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.account.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The local accounts in the database as a Jakarta Security identity store: checks the password (with the lockout)
 * and gives the caller's roles as groups. Leaves in the request why a sign-in failed, for the login page.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute: the {@link Accounts.Outcome} of the last sign-in attempt. */
    public static final String OUTCOME = "pfe.signIn.outcome";
    /** Request attribute: how long the client must wait ({@link java.time.Duration}) when throttled. */
    public static final String RETRY_AFTER = "pfe.signIn.retryAfter";

    @Inject
    AccountService accounts;
    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Accounts.SignInResult result = accounts.signIn(given.getCaller(), given.getPassword().getValue(),
                ClientAddress.of(request));
        request.setAttribute(OUTCOME, result.outcome());
        request.setAttribute(RETRY_AFTER, result.retryAfter());
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.account().username(), groups(result.account().roles()));
    }

    static Set<String> groups(java.util.List<RoleGrant> roles) {
        return roles.stream().map(grant -> grant.role().name()).collect(Collectors.toSet());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
