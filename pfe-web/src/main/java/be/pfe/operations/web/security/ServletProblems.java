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
        Locale locale = locale(request);
        Problem problem = new Problem("urn:pfe-operations:problem:" + code, Messages.text(locale, "problem.status." + status),
                status, Messages.text(locale, code), request.getRequestURI(), code, List.of(), null);
        try {
            response.resetBuffer();
            SecurityHeadersFilter.addHeaders(request, response, "/api/");
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Language", locale.getLanguage());
            response.setHeader("Cache-Control", "no-store");
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
