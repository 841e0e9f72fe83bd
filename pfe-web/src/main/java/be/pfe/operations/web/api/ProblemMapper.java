package be.pfe.operations.web.api;

import be.pfe.operations.domain.learner.DuplicateLearnerException;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.plan.PlanChangedMeanwhileException;
import be.pfe.operations.scheduling.conflict.Conflict;
import be.pfe.operations.scheduling.conflict.ConflictMode;
import be.pfe.operations.scheduling.conflict.SchedulingConflictException;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.imports.ImportsBusyException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the REST API becomes a problem document with the right status code and a message in the
 * client's language; never a stack trace, SQL or server detail. Causes are looked for through the wrapping
 * exceptions of EJB, CDI and JAX-RS.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    /** 422 is not among JAX-RS' named statuses. */
    private static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /** 428 is not among JAX-RS' named statuses either. */
    private static final Response.StatusType PRECONDITION_REQUIRED = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 428;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Precondition Required";
        }
    };

    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        BusinessRuleException refusal = cause(failure, BusinessRuleException.class);
        if (refusal != null) {
            return refused(refusal);
        }
        if (cause(failure, NoContentException.class) != null) {
            return plain(Response.Status.BAD_REQUEST, "request.body.missing");
        }
        if (cause(failure, JsonbException.class) != null || cause(failure, JsonParsingException.class) != null
                || cause(failure, ProcessingException.class) != null) {
            return plain(Response.Status.BAD_REQUEST, "request.body.malformed");
        }
        if (cause(failure, OptimisticLockException.class) != null) {
            return plain(Response.Status.CONFLICT, "request.concurrentChange");
        }
        WebApplicationException http = cause(failure, WebApplicationException.class);
        if (http != null && http.getResponse().getStatus() < 500) {
            // JAX-RS' own answers: unknown path, method not allowed, unsupported media type...
            Response.StatusType status = http.getResponse().getStatusInfo();
            return problems.problem(status, "request.status." + status.getStatusCode(),
                    text("problem.status." + status.getStatusCode()), List.of(), headers, uri);
        }
        String reference = be.pfe.operations.web.platform.RequestIds.current();
        if (reference == null) {
            reference = UUID.randomUUID().toString().substring(0, 8);
        }
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
        return problems.problem(Response.Status.INTERNAL_SERVER_ERROR, "request.failed",
                text("request.failed", reference), List.of(), headers, uri);
    }

    /**
     * A rule refused the request: 403 when the user may not do it (there), 429 when too many imports run at once, 409 for a clash, a duplicate or a plan
     * changed by someone else meanwhile, 412/428 for a stale or missing If-Match, 404 for an unknown resource, 400 for
     * a bad request, 413 for a body above its size limit, else 422 (a value of the body refused by
     * {@link StrictBodies} included).
     */
    private Response refused(BusinessRuleException refusal) {
        Response.StatusType status;
        if (refusal instanceof SchedulingConflictException conflicts) {
            return problems.problem(Response.Status.CONFLICT, refusal.messageKey(), Messages.of(refusal, locale()),
                    List.of(), explained(conflicts), headers, uri);
        }
        if (refusal instanceof ImportsBusyException busy) {
            return Response.fromResponse(problems.problem(Response.Status.TOO_MANY_REQUESTS, refusal.messageKey(),
                            Messages.of(refusal, locale()), List.of(), headers, uri))
                    .header(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds()).build();
        }
        if (refusal instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN;
        } else if (refusal instanceof PreconditionException precondition) {
            status = precondition.status() == 412 ? Response.Status.PRECONDITION_FAILED : PRECONDITION_REQUIRED;
        } else if (refusal instanceof DuplicateLearnerException || refusal instanceof PlanChangedMeanwhileException
                || refusal instanceof ClashException) {
            status = Response.Status.CONFLICT;
        } else if (refusal instanceof NotFoundException && refusal.field() == null) {
            status = Response.Status.NOT_FOUND;
        } else if (refusal instanceof InvalidRequestException) {
            status = Response.Status.BAD_REQUEST;
        } else if (refusal instanceof BodyTooLargeException) {
            status = Response.Status.REQUEST_ENTITY_TOO_LARGE;
        } else {
            status = UNPROCESSABLE_CONTENT;
        }
        String message = Messages.of(refusal, locale());
        List<Problem.FieldError> errors = refusal.field() == null ? List.of()
                : List.of(new Problem.FieldError(refusal.field(), refusal.messageKey(), message));
        Response answer = problems.problem(status, refusal.messageKey(), message, errors, headers, uri);
        if (refusal instanceof BodyTooLargeException) {
            // what is left of the body is not read: the connection is not reused
            return Response.fromResponse(answer).header("Connection", "close").build();
        }
        return answer;
    }

    private List<Problem.ConflictDto> explained(SchedulingConflictException refusal) {
        List<Problem.ConflictDto> views = new ArrayList<>();
        refusal.blocking().forEach(conflict -> views.add(view(conflict, ConflictMode.BLOCK)));
        refusal.warnings().forEach(conflict -> views.add(view(conflict, ConflictMode.WARN)));
        return views;
    }

    private Problem.ConflictDto view(Conflict conflict, ConflictMode mode) {
        var meeting = conflict.meeting();
        return new Problem.ConflictDto(conflict.kind().name(), text("ConflictKind." + conflict.kind().name()),
                mode.name(), meeting == null ? null : meeting.date(), meeting == null ? null : meeting.start(),
                meeting == null ? null : meeting.end(), conflict.otherSessionId(),
                Messages.of(conflict, locale()));
    }

    private Response plain(Response.StatusType status, String code) {
        return problems.problem(status, code, text(code), List.of(), headers, uri);
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale(), key, arguments);
    }

    private Locale locale() {
        return problems.locale(headers);
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
