package be.pfe.operations.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A page asked for before signing in is opened once signed in: the address is kept in the session (never in a
 * parameter of the login page, so that no link can send a user elsewhere), and only when it is a page of this
 * application, as a path relative to it.
 */
public final class DeepLinks {

    static final String ATTRIBUTE = "pfe.deepLink";
    private static final int LONGEST = 2000;

    private DeepLinks() {
    }

    /** Keeps the page a GET asked for (its path in this application and its query), if it is one worth returning to. */
    static void keep(HttpServletRequest request, String path) {
        String query = request.getQueryString();
        String link = query == null || query.isEmpty() ? path : path + "?" + query;
        if ("GET".equals(request.getMethod()) && acceptable(link) && !path.equals("/") && !path.equals("/index.xhtml")) {
            request.getSession(true).setAttribute(ATTRIBUTE, link);
        }
    }

    /** The page to open after signing in (and forgotten), or {@code null} for the dashboard. */
    public static String take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object link = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return link instanceof String text && acceptable(text) ? text : null;
    }

    /** A page of this application: one absolute path ending in {@code .xhtml}, no scheme, host, back-slash or control character. */
    static boolean acceptable(String link) {
        if (link == null || link.length() > LONGEST || !link.startsWith("/") || link.startsWith("//")
                || link.contains("\\") || link.contains("..")) {
            return false;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                return false;
            }
        }
        int query = link.indexOf('?');
        String path = query < 0 ? link : link.substring(0, query);
        return path.endsWith(".xhtml") && !path.contains(":") && !path.equals(PfeAuthenticationMechanism.LOGIN_PAGE)
                && !PfeAuthenticationMechanism.isPublic(path) && !path.equals("/forbidden.xhtml");
    }
}
