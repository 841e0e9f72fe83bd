package be.pfe.operations.web.security;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.api.Problem;
import be.pfe.operations.web.i18n.Messages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Problem documents written before JAX-RS is reached (no credentials, a forged request): the same shape and
 * language rules as the API's own, see {@link be.pfe.operations.web.api.ProblemMapper}.
 */
final class ServletProblems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletProblems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String code) {
        write(request, response, status, code, null);
    }

    /**
     * A problem document; 401 and 403 are recorded in the audit trail (aggregated, under the path's area: nothing was
     * found yet); a 429 tells in {@code Retry-After} how many seconds to wait.
     */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                      java.time.Duration retryAfter) {
        Locale locale = locale(request);
        long seconds = retryAfter == null ? 0 : Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        Problem problem = new Problem("urn:pfe-operations:problem:" + code, Messages.text(locale, "problem.status." + status),
                status, retryAfter == null ? Messages.text(locale, code) : Messages.text(locale, code, seconds), request.getRequestURI(), code, List.of(), null,
                be.pfe.operations.web.platform.RequestIds.of(request));
        if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
            RefusalAudit.recordOnce(request, status, RefusalAudit.area(
                    request.getRequestURI().substring(request.getContextPath().length())));
        }
        try {
            response.resetBuffer();
            SecurityHeadersFilter.addHeaders(request, response, "/api/");
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Language", locale.getLanguage());
            response.setHeader("Cache-Control", "no-store");
            response.setHeader(be.pfe.operations.web.platform.RequestIds.HEADER,
                    be.pfe.operations.web.platform.RequestIds.of(request));
            if (retryAfter != null) {
                response.setHeader("Retry-After", Long.toString(seconds));
            }
            response.getOutputStream().write(JSON.toJson(problem).getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first of French, Dutch, English in Accept-Language; French otherwise (as the API does). */
    static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale wanted : Collections.list(request.getLocales())) {
                for (Language language : Language.values()) {
                    if (language.name().equalsIgnoreCase(wanted.getLanguage())) {
                        return language.locale();
                    }
                }
            }
        }
        return Language.FR.locale();
    }
}
