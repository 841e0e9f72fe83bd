package be.pfe.operations.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Headers every answer carries (OWASP secure headers), and a same-origin check on every change.
 * <ul>
 * <li>Pages get their Content-Security-Policy from PrimeFaces (a nonce per page for its scripts; the policy's
 * other directives are in web.xml, {@code primefaces.CSP_POLICY}); everything else gets {@value #API_POLICY}.</li>
 * <li>HSTS only when the request came over TLS (directly or through a proxy that says so).</li>
 * <li>A POST, PUT, PATCH or DELETE whose {@code Origin} is another site is refused with 403: together with
 * SameSite=Strict cookies, the pages' view state and the API's token header, a forged request gets nowhere.</li>
 * <li>A page posted without its view state or its CSP nonce (as the pages' scripts always send them) is answered
 * with the "expired form" page (400) before Faces sees it, with one short warning in the log.</li>
 * <li>Exactly one Content-Security-Policy on every answer: a later one (PrimeFaces' on an error page shown for an
 * API path, say) replaces the earlier one instead of adding a second.</li>
 * <li>Error pages are shown as a fresh page (a GET without the failed request's parameters), so that they get a
 * nonce of their own instead of failing on the posted form's.</li>
 * <li>A refusal (401, 403) that no one recorded yet is recorded in the audit trail ({@link RefusalAudit}).</li>
 * </ul>
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String CSP = "Content-Security-Policy";
    /** The page that answers a form posted without its view state or nonce. */
    public static final String EXPIRED_PAGE = "/expired.xhtml";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse single = new OnePolicy(response);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(new FreshPage(request), single);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        addHeaders(request, single, path);
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            // answered here, whether page or API: a page would treat the forged post as a postback
            ServletProblems.write(request, single, HttpServletResponse.SC_FORBIDDEN, "auth.crossSite");
            return;
        }
        if ("POST".equals(request.getMethod()) && isPage(path) && !isMultipart(request) && !isCompletePost(request)) {
            LOG.warning(() -> "Page post without view state or CSP nonce refused (400): " + path);
            single.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(EXPIRED_PAGE).forward(new FreshPage(request), single);
            return;
        }
        chain.doFilter(request, single);
        if ((single.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
                || single.getStatus() == HttpServletResponse.SC_FORBIDDEN)) {
            RefusalAudit.recordOnce(request, single.getStatus(), RefusalAudit.template(path));
        }
    }

    static boolean isPage(String path) {
        return path.equals("/") || path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** A Faces post as the pages send it: a view state of the server's (never "stateless") and the page's nonce. */
    private static boolean isCompletePost(HttpServletRequest request) throws java.io.UnsupportedEncodingException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // the pages post UTF-8: read here first, decoded as such
        }
        String viewState = request.getParameter("jakarta.faces.ViewState");
        String nonce = request.getParameter("primefaces.nonce");
        return viewState != null && !viewState.isBlank() && !"stateless".equalsIgnoreCase(viewState.strip())
                && nonce != null && !nonce.isBlank();
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
        boolean page = isPage(path);
        // pages: replaced by PrimeFaces' policy with the page's nonce (OnePolicy); kept on redirects and the like
        response.setHeader(CSP, API_POLICY);
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

    /** Keeps one Content-Security-Policy header: the latest set or added replaces any before it. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /**
     * The request as a plain GET without parameters: Faces builds a new view (not a postback), and PrimeFaces gives
     * it a nonce of its own.
     */
    static final class FreshPage extends HttpServletRequestWrapper {

        FreshPage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }
}
