package be.pfe.operations.web.enrolment;

import be.pfe.operations.web.api.RecordVersions;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import be.pfe.operations.scheduling.seats.EnrolmentRow;
import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/** Enrolments: applications, their steps (referral, screening, admission, enrolment...) and their history. */
@Path("v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    @Inject
    Enrolling enrolling;
    @Inject
    RecordVersions versions;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A learner applies for a session")
    @APIResponse(responseCode = "201", description = "Applied")
    @APIResponse(responseCode = "422", description = "A rule refused the application (the problem names the field)")
    public Response apply(EnrolmentInput input, @Context UriInfo uri) {
        if (input == null) {
            throw InvalidRequestException.missingBody();
        }
        EnrolmentDto applied = enrolling.apply(input, locale());
        return Created.at(uri, applied.id(), applied);
    }

    @GET
    @Operation(summary = "The enrolments of a session (names and statuses; no national register numbers)")
    public List<EnrolmentRow> ofSession(@QueryParam("session") String session) {
        return enrolling.ofSession(Identifiers.of("session", session));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One enrolment with its history, automatic steps explained; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The enrolment", content = @Content(schema = @Schema(implementation = EnrolmentDto.class)))
    public Response get(@PathParam("id") String id) {
        long enrolment = Identifiers.of("id", id);
        return versions.read(RecordVersions.Kind.ENROLMENT, enrolment, () -> enrolling.get(enrolment, locale())).ok();
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a step: REFER, SCREEN, ADMIT (a seat or the waitlist), ENROL, COMPLETE, DROP_OUT, "
            + "REFUSE, TRANSFER, REMOVE_FROM_WAITLIST; a freed seat goes to the waitlist at once")
    @APIResponse(responseCode = "200", description = "The enrolment after the step", content = @Content(schema = @Schema(implementation = EnrolmentDto.class)))
    @APIResponse(responseCode = "422", description = "The step is not allowed now, or something it needs is missing")
    public Response step(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StepInput input) {
        if (input == null) {
            throw InvalidRequestException.missingBody();
        }
        long enrolment = Identifiers.of("id", id);
        return versions.change(RecordVersions.Kind.ENROLMENT, enrolment, ifMatch,
                () -> enrolling.step(enrolment, input, locale())).ok();
    }

    private Locale locale() {
        return problems.locale(headers);
    }
}
