package be.pfe.operations.web.placement;

import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** In-company training: record a placement, move its agreement along, its visits and outcome. */
@Path("v1/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlacementResource {

    @Inject
    Placing placing;

    @POST
    @Operation(summary = "Record a placement (a draft agreement); the company by id or by enterprise number")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "The learner is in another placement on one of those days")
    @APIResponse(responseCode = "422", description = "A rule refused it (the problem names the field)")
    public Response record(PlacementInput input, @Context UriInfo uri) {
        PlacementView recorded = placing.record(InvalidRequestException.requireBody(input));
        return Created.at(uri, recorded.id(), recorded);
    }

    @GET
    @Path("{id}")
    public PlacementView get(@PathParam("id") String id) {
        return placing.get(Identifiers.identifier(id));
    }

    @POST
    @Path("{id}/steps")
    @Operation(summary = "SIGN, START, COMPLETE (with the outcome) or END_EARLY (date, reason, outcome)")
    public PlacementView step(@PathParam("id") String id, PlacementInput.Step step) {
        return placing.step(Identifiers.identifier(id), InvalidRequestException.requireBody(step));
    }

    @POST
    @Path("{id}/visits")
    public PlacementView addVisit(@PathParam("id") String id, PlacementInput.Visit visit) {
        return placing.addVisit(Identifiers.identifier(id), InvalidRequestException.requireBody(visit));
    }

    @PUT
    @Path("{id}/outcome")
    @Operation(summary = "The outcome at the end and at a follow-up date (once the placement is finished)")
    public PlacementView recordOutcome(@PathParam("id") String id, PlacementInput.Outcome outcome) {
        return placing.recordOutcome(Identifiers.identifier(id), InvalidRequestException.requireBody(outcome));
    }
}
