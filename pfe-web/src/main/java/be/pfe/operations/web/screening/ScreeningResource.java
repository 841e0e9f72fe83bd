package be.pfe.operations.web.screening;

import be.pfe.operations.domain.screening.ScreeningDetails;
import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Screenings (pre-training assessments); one that names an applied or referred enrolment screens it. */
@Path("v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    @Inject
    ScreeningDesk screenings;

    @POST
    @Operation(summary = "Record a screening: fields learnerId, centreCode, courseCode or occupation, enrolmentId, "
            + "screenedOn, assessor, testsTaken, result, recommendation (ADMIT, ADMIT_WITH_PREREQUISITES, "
            + "ORIENT_ELSEWHERE: the enrolment is then screened and refused)")
    @APIResponse(responseCode = "201", description = "Recorded (and the enrolment screened)")
    @APIResponse(responseCode = "422", description = "A rule refused it (the problem names the field)")
    public Response record(ScreeningDetails input, @Context UriInfo uri) {
        ScreeningDto recorded = screenings.record(InvalidRequestException.requireBody(input));
        return Created.at(uri, recorded.id(), recorded);
    }

    @GET
    @Path("{id}")
    public ScreeningDto get(@PathParam("id") String id) {
        return screenings.get(Identifiers.identifier(id));
    }
}
