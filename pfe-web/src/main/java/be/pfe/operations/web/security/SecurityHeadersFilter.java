package be.pfe.operations.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Headers every answer carries (OWASP secure headers), and a same-origin check on every change.
 * <ul>
 * <li>Pages get their Content-Security-Policy from PrimeFaces (a nonce per page for its scripts; the policy's
 * other directives are in web.xml, {@code primefaces.CSP_POLICY}); everything else gets {@value #API_POLICY}.</li>
 * <li>HSTS only when the request came over TLS (directly or through a proxy that says so).</li>
 * <li>A POST, PUT, PATCH or DELETE whose {@code Origin} is another site is refused with 403: together with
 * SameSite=Strict cookies, the pages' view state and the API's token header, a forged request gets nowhere.</li>
 * </ul>
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        addHeaders(request, response, path);
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            // answered here, whether page or API: a page would treat the forged post as a postback
            ServletProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "auth.crossSite");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The headers, also for the answers the authentication mechanism gives before any filter runs. */
    static void addHeaders(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (isSecure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        boolean page = path.equals("/") || path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
        if (!page) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        if (page || path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** A browser names the page a change comes from: it must be this application's host. */
    private static boolean isCrossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false; // not sent by browsers for same-origin GET forms of old; API clients send none
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return uri.getHost() == null || host == null || !host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
