package be.pfe.operations.web.enrolment;

import be.pfe.operations.scheduling.seats.SeatOverview;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The seats of a session, by partner quota and open pool. Rooted at the full path so that the other paths under
 * {@code v1/sessions} stay with the session resource.
 */
@Path("v1/sessions/{id}/seats")
@Produces(MediaType.APPLICATION_JSON)
public class SessionSeatsResource {

    @Inject
    Enrolling enrolling;
    @Inject
    be.pfe.operations.web.api.RecordVersions versions;

    @GET
    @Operation(summary = "The seats of a session: held and free, per partner quota and in the open pool")
    public SeatOverview seats(@PathParam("id") String id) {
        return enrolling.seats(Identifiers.of("id", id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share the seats in partner quotas (the rest is the open pool) and set the waitlist's rules;"
            + " from the session's version (its ETag) in If-Match")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "The seats as now shared", content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SeatOverview.class)))
    public jakarta.ws.rs.core.Response changePlan(@PathParam("id") String id,
            @jakarta.ws.rs.HeaderParam(jakarta.ws.rs.core.HttpHeaders.IF_MATCH) String ifMatch, SeatPlanInput input) {
        if (input == null) {
            throw InvalidRequestException.missingBody();
        }
        long session = Identifiers.of("id", id);
        // the seat plan is the session's: changing it moves the session's version
        return versions.change(be.pfe.operations.web.api.RecordVersions.Kind.SESSION, session, ifMatch,
                () -> enrolling.changeSeatPlan(session, input)).ok();
    }
}
