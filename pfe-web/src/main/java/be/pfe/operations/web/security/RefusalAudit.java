package be.pfe.operations.web.security;

import be.pfe.operations.domain.audit.AuditAction;
import be.pfe.operations.domain.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Refused requests (401, 403; REST and pages) in the audit trail as {@link AuditAction#REQUEST_REFUSED}, aggregated
 * so that a flood cannot fill it: at most one row per (status, username or "anonymous", client address, path template)
 * and {@link #WINDOW}, counting the refusals ({@code occurrences}). The path template has ids replaced by
 * {@code {id}} and no query string; a refusal before any resource was found (no or wrong credentials, a forged
 * request) is recorded under its area ({@code /api/*}, {@code /metrics}, {@code /*}) only, so that made-up paths
 * add no rows.
 */
@ApplicationScoped
public class RefusalAudit {

    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final String RECORDED = "pfe.refusal.recorded";
    private static final Logger LOG = Logger.getLogger(RefusalAudit.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,39}");

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, int status, String client, String template) {
        audit.recordAggregated(actor, AuditAction.REQUEST_REFUSED, template, status + " from " + client, WINDOW);
    }

    /** Records this request's refusal, unless it already was (a refusal passes several layers). Never fails. */
    public static void recordOnce(HttpServletRequest request, int status, String template) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        try {
            CDI.current().select(RefusalAudit.class).get().record(status == 401 ? "anonymous" : actor(request), status,
                    ClientAddress.of(request), template);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Refusal not recorded in the audit trail: " + e);
        }
    }

    private static String actor(HttpServletRequest request) {
        if (request.getRemoteUser() != null) {
            return request.getRemoteUser();
        }
        HttpSession session = request.getSession(false);
        SessionUser user = session == null ? null : (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
        return user == null ? "anonymous" : user.username();
    }

    /** The path of a found resource or page with its ids (anything but a word or code) as {@code {id}}. */
    public static String template(String path) {
        StringBuilder template = new StringBuilder();
        String[] segments = path.split("/");
        int kept = 0;
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            if (++kept > 8) {
                template.append("/...");
                break;
            }
            template.append('/').append(NAME.matcher(segment).matches() ? segment : "{id}");
        }
        return template.length() == 0 ? "/" : template.toString();
    }

    /** The area of a path, for refusals before any resource was found. */
    public static String area(String path) {
        if (path.startsWith("/api/")) {
            return "/api/*";
        }
        if (path.equals("/metrics") || path.startsWith("/metrics/")) {
            return "/metrics";
        }
        return "/*";
    }
}
