package be.pfe.operations.web.api;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Locale;

/** Builds problem answers in the client's language. */
@ApplicationScoped
public class ProblemResponses {

    /** The language the client asked for: the first of French, Dutch, English in Accept-Language. */
    public Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                for (Language language : Language.values()) {
                    if (language.name().equalsIgnoreCase(wanted.getLanguage())) {
                        return language.locale();
                    }
                }
            }
        }
        return Language.FR.locale();
    }

    /** The path as the client requested it ({@code /api/v1/...}, still encoded), without the query string. */
    static String instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        String path = uri.getRequestUri().getRawPath();
        return path == null || path.isEmpty() ? "/" + uri.getPath() : path;
    }

    public Response problem(Response.StatusType status, String code, String detail, List<Problem.FieldError> errors,
                            HttpHeaders headers, UriInfo uri) {
        return problem(status, code, detail, errors, null, headers, uri);
    }

    public Response problem(Response.StatusType status, String code, String detail, List<Problem.FieldError> errors,
                            List<Problem.ConflictDto> conflicts, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Problem problem = new Problem("urn:pfe-operations:problem:" + code,
                Messages.text(locale, "problem.status." + status.getStatusCode()),
                status.getStatusCode(), detail, instance(uri), code,
                errors == null ? List.of() : errors, conflicts);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem)
                .build();
    }
}
