package be.pfe.operations.web.security;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Who signed in on the pages, kept in their HTTP session: username, roles (as groups) and the token that
 * cookie-authenticated calls to the REST API must send back in the {@value #CSRF_HEADER} header.
 */
public record SessionUser(String username, Set<String> groups, String csrfToken) implements Serializable {

    public static final String ATTRIBUTE = "pfe.sessionUser";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    static SessionUser signedIn(String username, Set<String> groups) {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return new SessionUser(username, Set.copyOf(groups), Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    }
}
