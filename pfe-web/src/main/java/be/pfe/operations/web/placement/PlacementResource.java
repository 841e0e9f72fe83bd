package be.pfe.operations.web.placement;

import be.pfe.operations.web.api.RecordVersions;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Inject
    RecordVersions versions;

    @POST
    @Operation(summary = "Record a placement (a draft agreement); the company by id or by enterprise number")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "The learner is in another placement on one of those days")
    @APIResponse(responseCode = "422", description = "A rule refused it (the problem names the field)")
    public Response record(PlacementInput input, @Context UriInfo uri) {
        PlacementDto recorded = placing.record(InvalidRequestException.requireBody(input));
        return Created.at(uri, recorded.id(), recorded);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One placement with its agreement's steps, visits and outcome; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The placement", content = @Content(schema = @Schema(implementation = PlacementDto.class)))
    public Response get(@PathParam("id") String id) {
        long placement = Identifiers.identifier(id);
        return versions.read(RecordVersions.Kind.PLACEMENT, placement, () -> placing.get(placement)).ok();
    }

    @POST
    @Path("{id}/steps")
    @Operation(summary = "SIGN, START, COMPLETE (with the outcome) or END_EARLY (date, reason, outcome)")
    @APIResponse(responseCode = "200", description = "The placement after the step", content = @Content(schema = @Schema(implementation = PlacementDto.class)))
    public Response step(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PlacementInput.Step step) {
        InvalidRequestException.requireBody(step);
        long placement = Identifiers.identifier(id);
        return versions.change(RecordVersions.Kind.PLACEMENT, placement, ifMatch,
                () -> placing.step(placement, step)).ok();
    }

    @POST
    @Path("{id}/visits")
    @Operation(summary = "Record a visit of the centre's coach at the company")
    @APIResponse(responseCode = "200", description = "The placement with the visit", content = @Content(schema = @Schema(implementation = PlacementDto.class)))
    public Response addVisit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PlacementInput.Visit visit) {
        InvalidRequestException.requireBody(visit);
        long placement = Identifiers.identifier(id);
        return versions.change(RecordVersions.Kind.PLACEMENT, placement, ifMatch,
                () -> placing.addVisit(placement, visit)).ok();
    }

    @PUT
    @Path("{id}/outcome")
    @Operation(summary = "The outcome at the end and at a follow-up date (once the placement is finished)")
    @APIResponse(responseCode = "200", description = "The placement with its outcome", content = @Content(schema = @Schema(implementation = PlacementDto.class)))
    public Response recordOutcome(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PlacementInput.Outcome outcome) {
        InvalidRequestException.requireBody(outcome);
        long placement = Identifiers.identifier(id);
        return versions.change(RecordVersions.Kind.PLACEMENT, placement, ifMatch,
                () -> placing.recordOutcome(placement, outcome)).ok();
    }
}
