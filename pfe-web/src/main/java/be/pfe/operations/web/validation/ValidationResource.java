package be.pfe.operations.web.validation;

import java.time.Clock;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.validation.ValidationResult;
import be.pfe.operations.scheduling.validation.CandidateResult;
import be.pfe.operations.scheduling.validation.ValidationSessionRow;
import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.ProblemResponses;
import be.pfe.operations.web.api.RecordVersions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import static be.pfe.operations.web.api.Identifiers.identifier;

@Path("v1/validations")
@Produces(MediaType.APPLICATION_JSON)
public class ValidationResource {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    Validations validations;
    @Inject
    RecordVersions versions;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;
    @Context
    SecurityContext security;

    /** A validation session as the API gives it. */
    public record SessionView(long id, String centre, String unit, String title, String occupation, LocalDate date,
                              LocalTime start, LocalTime end, String room, String assessor, String assessorName,
                              int seatCapacity, int candidates, int passed, String status) {
        static SessionView of(ValidationSessionRow row, Language language) {
            return new SessionView(row.sessionId(), row.centreCode(), row.unitCode(), row.title(language),
                    row.occupation(), row.date(), row.start(), row.end(), row.roomCode(), row.assessorCode(),
                    row.assessorName(), row.seatCapacity(), row.candidates(), row.passed(), row.status().name());
        }
    }

    /** A learner to register as a candidate. */
    public static class CandidateInput {
        public Long learnerId;
    }

    /** One line of the results grid. */
    public static class ResultInput {
        public Long candidateId;
        public ValidationResult result;
        public String certificateNumber;
        public LocalDate certificateDate;
    }

    @GET
    @Operation(summary = "Skills validation sessions from a day on (default today), optionally of one centre")
    public List<SessionView> list(@QueryParam("centre") String centre, @QueryParam("from") String from) {
        Language language = language();
        return validations.sessions(centre == null || centre.isBlank() ? null : centre.strip(), day(from)).stream()
                .map(row -> SessionView.of(row, language)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One skills validation session; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The session", content = @org.eclipse.microprofile.openapi
            .annotations.media.Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
            implementation = SessionView.class)))
    public Response get(@PathParam("id") String id) {
        long session = identifier(id);
        Language language = language();
        return versions.read(RecordVersions.Kind.SESSION, session,
                () -> SessionView.of(validations.session(session), language)).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a skills validation session: unit, day and test time, lab, assessor, seats")
    @APIResponse(responseCode = "201", description = "Planned, with its test time")
    @APIResponse(responseCode = "409", description = "Conflicts: the lab or the assessor is taken, each one explained")
    @APIResponse(responseCode = "422", description = "A rule refused it (the problem names the field)")
    public Response plan(ValidationInput input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        SessionView planned = SessionView.of(validations.plan(input.toCommand(), input.acceptance(who())), language());
        return Created.at(uri, planned.id(), planned);
    }

    @GET
    @Path("{id}/candidates")
    @Operation(summary = "The candidates of a validation session with their results and certificates")
    public List<CandidateDto> candidates(@PathParam("id") String id) {
        return validations.candidates(identifier(id));
    }

    @POST
    @Path("{id}/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a learner as a candidate (up to the session's seats, once)")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "422", description = "The session is full, or the learner is already a candidate")
    public Response addCandidate(@PathParam("id") String id, CandidateInput input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        CandidateDto added = validations.addCandidate(identifier(id), input.learnerId);
        return Created.at(uri, added.id(), added);
    }

    @GET
    @Path("{id}/candidates/{candidate}")
    @Operation(summary = "One candidate of a validation session with their result and certificate")
    public CandidateDto candidate(@PathParam("id") String id, @PathParam("candidate") String candidate) {
        long wanted = identifier(candidate);
        return validations.candidates(identifier(id)).stream().filter(row -> row.id() == wanted).findFirst()
                .orElseThrow(() -> new be.pfe.operations.domain.shared.NotFoundException("validation.candidate.unknown",
                        null, wanted));
    }

    @PUT
    @Path("{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the candidates' results (the whole grid at once); a pass gets its certificate")
    @APIResponse(responseCode = "200", description = "All the candidates, as recorded", content = @org.eclipse
            .microprofile.openapi.annotations.media.Content(schema = @org.eclipse.microprofile.openapi.annotations
            .media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
            implementation = CandidateDto.class)))
    @APIResponse(responseCode = "422", description = "A line was refused (before the test day, number taken...): none is recorded")
    public Response results(@PathParam("id") String id,
                            @jakarta.ws.rs.HeaderParam(jakarta.ws.rs.core.HttpHeaders.IF_MATCH) String ifMatch,
                            List<ResultInput> input) {
        InvalidRequestException.requireBody(input);
        List<CandidateResult> lines = input.stream().map(line -> {
            if (line == null || line.candidateId == null) {
                throw new be.pfe.operations.domain.shared.BusinessRuleException("validation.candidate.required",
                        "candidateId");
            }
            return new CandidateResult(line.candidateId, line.result, line.certificateNumber, line.certificateDate);
        }).toList();
        long session = identifier(id);
        // the results are the session's: recording them moves the session's version (its ETag)
        return versions.change(RecordVersions.Kind.SESSION, session, ifMatch,
                () -> validations.recordResults(session, lines)).ok();
    }

    private LocalDate day(String from) {
        if (from == null || from.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return be.pfe.operations.domain.shared.DateWindow.requireWithin(LocalDate.parse(from.strip()), "from");
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.parameter("from", from);
        }
    }

    private String who() {
        return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }

    private Language language() {
        return Language.of(problems.locale(headers));
    }
}
