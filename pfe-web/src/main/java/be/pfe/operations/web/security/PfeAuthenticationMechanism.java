package be.pfe.operations.web.security;

import be.pfe.operations.domain.account.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import be.pfe.operations.web.security.oidc.OpenIdSignIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How a request says who it comes from.
 * <ul>
 * <li>Pages: the login page signs in (the session id is renewed), the HTTP session then carries the user; a page
 * asked for without one leads to the login page (telling when the session has expired).</li>
 * <li>REST API ({@code /api/*}, and pages fetched by tools): HTTP Basic credentials with every request, never remembered by the browser (no
 * {@code WWW-Authenticate: Basic} challenge; a 401 is a problem document). The pages' own session also works,
 * but a change (POST, PUT, PATCH, DELETE) must then carry the session's token in {@value SessionUser#CSRF_HEADER}.</li>
 * </ul>
 * What is public: the login page, the page and API resources (scripts, styles), health, the API's description and
 * the error pages. Any new page or API path is protected without further ado; what a user may do there is decided
 * by the services (see {@link be.pfe.operations.domain.access.Actor}).
 */
@ApplicationScoped
public class PfeAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    VerifiedCredentials verified;
    @Inject
    AccountService accounts;
    @Inject
    OpenIdSignIn openId;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential signingIn = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && signingIn != null) {
            return signIn(request, context, signingIn);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (openId.handles(path)) {
            return openId(request, response, path);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            // API clients, and tools that fetch a page: per request, nothing kept (browsers are never challenged)
            return basic(request, response, context, authorization.substring(6).strip());
        }
        if (path.startsWith("/api/") || isMetrics(path)) {
            return api(request, response, context);
        }
        SessionUser user = sessionUser(request);
        if (user != null) {
            return context.notifyContainerAboutLogin(user.username(), user.groups());
        }
        if (isPublic(path) || !isPage(path)) {
            return context.doNothing();
        }
        return toLoginPage(request, response, path);
    }

    /** The login page's programmatic sign-in: a new session id, the user kept in the session. */
    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        keepInSession(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private static void keepInSession(HttpServletRequest request, String username, Set<String> groups) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: the id known before signing in is worthless
        }
        request.getSession(true).setAttribute(SessionUser.ATTRIBUTE, SessionUser.signedIn(username, groups));
    }

    /**
     * OpenID Connect (when configured): off to the provider, or back from it signed in (a new session id, the user
     * in the session, on to the dashboard) or not (the login page says so). The account here must exist and be active.
     */
    private AuthenticationStatus openId(HttpServletRequest request, HttpServletResponse response, String path) {
        SecurityHeadersFilter.addHeaders(request, response, LOGIN_PAGE);
        if (OpenIdSignIn.LOGIN_PATH.equals(path)) {
            openId.start(request, response);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        var account = openId.finish(request).flatMap(username -> accounts.signedInElsewhere(
                be.pfe.operations.domain.account.UserAccount.normalise(username), "OpenID Connect"));
        String target = "/login.xhtml?openId=failed";
        if (account.isPresent()) {
            keepInSession(request, account.get().username(), AccountIdentityStore.groups(account.get().roles()));
            String next = DeepLinks.take(request);
            target = next == null ? "/index.xhtml" : next;
        }
        try {
            response.sendRedirect(request.getContextPath() + target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SessionUser user = sessionUser(request);
        if (user == null) {
            ServletProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "auth.required");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!SAFE_METHODS.contains(request.getMethod())
                && !java.security.MessageDigest.isEqual(user.csrfToken().getBytes(StandardCharsets.UTF_8),
                String.valueOf(request.getHeader(SessionUser.CSRF_HEADER)).getBytes(StandardCharsets.UTF_8))) {
            ServletProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "auth.csrf");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (isMetrics(path(request)) && !mayReadMetrics(user.username())) {
            return refuseMetrics(request, response);
        }
        return context.notifyContainerAboutLogin(user.username(), user.groups());
    }

    /**
     * Payara's MicroProfile metrics ({@code /metrics}: heap, threads, connection pool) sit in this application's
     * context: only for administrators and auditors, with Basic credentials or the pages' session.
     */
    static boolean isMetrics(String path) {
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }

    /** Administrators and auditors, as their roles are stored now. */
    private boolean mayReadMetrics(String username) {
        be.pfe.operations.domain.access.Actor actor = accounts.actor(username);
        return actor.has(be.pfe.operations.domain.access.Role.ADMINISTRATOR)
                || actor.has(be.pfe.operations.domain.access.Role.AUDITOR);
    }

    private static AuthenticationStatus refuseMetrics(HttpServletRequest request, HttpServletResponse response) {
        ServletProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "auth.metrics");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            ServletProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "auth.failed");
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = be.pfe.operations.domain.account.UserAccount.normalise(decoded.substring(0, colon));
        char[] password = decoded.substring(colon + 1).toCharArray();
        Set<String> groups = verified.groupsIfRecentlyVerified(username, password);
        Optional<be.pfe.operations.domain.access.Actor> usable =
                groups == null ? Optional.empty() : accounts.usableActor(username);
        if (usable.isPresent()) {
            CurrentActor.keep(request, usable.get());
            if (isMetrics(path(request)) && !mayReadMetrics(username)) {
                return refuseMetrics(request, response);
            }
            return context.notifyContainerAboutLogin(username, groups);
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username,
                new jakarta.security.enterprise.credential.Password(password)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            Object outcome = request.getAttribute(AccountIdentityStore.OUTCOME);
            if (outcome == Accounts.Outcome.THROTTLED) {
                ServletProblems.write(request, response, 429, "auth.throttled",
                        (java.time.Duration) request.getAttribute(AccountIdentityStore.RETRY_AFTER));
            } else {
                ServletProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                        outcome == Accounts.Outcome.LOCKED ? "auth.locked" : "auth.failed");
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        verified.remember(username, password, result.getCallerGroups());
        if (isMetrics(path(request)) && !mayReadMetrics(result.getCallerPrincipal().getName())) {
            return refuseMetrics(request, response);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static SessionUser sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
    }

    static boolean isPublic(String path) {
        return path.equals(LOGIN_PAGE) || path.equals("/error.xhtml")
                || path.equals(be.pfe.operations.web.ui.PageRefusals.NOT_FOUND_PAGE)
                || path.equals(be.pfe.operations.web.ui.PageRefusals.BAD_REQUEST_PAGE) || path.equals(SecurityHeadersFilter.EXPIRED_PAGE) || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || path.startsWith("/health") || path.startsWith("/openapi");
    }

    private static boolean isPage(String path) {
        return path.equals("/") || path.endsWith(".xhtml");
    }

    /** To the login page; with {@code expired} when the browser came with a session that has run out. */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response, String path) {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        DeepLinks.keep(request, path); // opened once signed in
        String target = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
        SecurityHeadersFilter.addHeaders(request, response, LOGIN_PAGE);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target + "\"/></partial-response>");
                response.flushBuffer();
            } else {
                response.sendRedirect(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
