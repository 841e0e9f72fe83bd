package be.pfe.operations.web.api;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.scheduling.session.RoomAlreadyBookedException;
import be.pfe.operations.web.i18n.Messages;
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

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the REST API becomes a problem document with the right status code and a message in the
 * client's language; never a stack trace, SQL or server detail.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Finds the deepest cause of the given type, through wrapping exceptions (EJB, CDI, JAX-RS). */
    static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** A business rule refused the request: 409 for a clash, 422 for other rules and unknown references. */
    @Provider
    public static class BusinessRules implements ExceptionMapper<BusinessRuleException> {

        @Inject
        ProblemResponses problems;
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(BusinessRuleException refusal) {
            return respond(problems, refusal, headers, uri);
        }

        static Response respond(ProblemResponses problems, BusinessRuleException refusal, HttpHeaders headers,
                                UriInfo uri) {
            Response.Status status = refusal instanceof RoomAlreadyBookedException ? Response.Status.CONFLICT
                    : refusal instanceof NotFoundException && refusal.field() == null ? Response.Status.NOT_FOUND
                    : refusal instanceof InvalidRequestException ? Response.Status.BAD_REQUEST
                    : null;
            String message = Messages.of(refusal, problems.locale(headers));
            List<Problem.FieldError> errors = refusal.field() == null ? List.of()
                    : List.of(new Problem.FieldError(refusal.field(), refusal.messageKey(), message));
            return problems.problem(status != null ? status : UnprocessableContent.STATUS, refusal.messageKey(),
                    message, errors, headers, uri);
        }
    }

    /** A body that is not JSON, or has a value of the wrong type (a text where a number or a date goes). */
    @Provider
    public static class MalformedBody implements ExceptionMapper<JsonbException> {

        @Inject
        ProblemResponses problems;
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonbException failure) {
            return malformed(problems, headers, uri);
        }

        static Response malformed(ProblemResponses problems, HttpHeaders headers, UriInfo uri) {
            return problems.problem(Response.Status.BAD_REQUEST, "request.body.malformed",
                    Messages.text(problems.locale(headers), "request.body.malformed"), List.of(), headers, uri);
        }
    }

    /** Reading the body failed in the JAX-RS runtime (it wraps the JSON error). */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {

        @Inject
        ProblemResponses problems;
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessingException failure) {
            return MalformedBody.malformed(problems, headers, uri);
        }
    }

    /** JAX-RS' own answers (404 unknown path, 405, 406, 415...), and errors wrapped around our own. */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {

        @Inject
        ProblemResponses problems;
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException failure) {
            if (cause(failure, NoContentException.class) != null) {
                return problems.problem(Response.Status.BAD_REQUEST, "request.body.missing",
                        Messages.text(problems.locale(headers), "request.body.missing"), List.of(), headers, uri);
            }
            if (cause(failure, JsonbException.class) != null || cause(failure, JsonParsingException.class) != null) {
                return MalformedBody.malformed(problems, headers, uri);
            }
            Response.StatusType status = failure.getResponse().getStatusInfo();
            String code = "request.status." + status.getStatusCode();
            return problems.problem(status, code, Messages.text(problems.locale(headers), "problem.status."
                    + status.getStatusCode()), List.of(), headers, uri);
        }
    }

    /** Anything else: logged with a reference the user can quote, answered without any detail. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

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
                return BusinessRules.respond(problems, refusal, headers, uri);
            }
            if (cause(failure, OptimisticLockException.class) != null) {
                return problems.problem(Response.Status.CONFLICT, "request.concurrentChange",
                        Messages.text(problems.locale(headers), "request.concurrentChange"), List.of(), headers, uri);
            }
            if (cause(failure, JsonbException.class) != null) {
                return MalformedBody.malformed(problems, headers, uri);
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
            return problems.problem(Response.Status.INTERNAL_SERVER_ERROR, "request.failed",
                    Messages.text(problems.locale(headers), "request.failed", reference), List.of(), headers, uri);
        }
    }

    /** 422 is not among JAX-RS' named statuses. */
    static final class UnprocessableContent {
        static final Response.StatusType STATUS = new Response.StatusType() {
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

        private UnprocessableContent() {
        }
    }
}
