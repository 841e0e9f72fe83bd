package be.pfe.operations.web.session;

import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.RecordVersions;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import static be.pfe.operations.web.api.Identifiers.identifier;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One meeting of a session: read it, move it, cancel it. */
@Path("v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    SessionCalendar calendar;
    @Inject
    Actor actor;
    @Inject
    RecordVersions versions;

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting, in Brussels local time; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    public Response get(@PathParam("id") String id) {
        long meeting = identifier(id);
        return versions.read(RecordVersions.Kind.MEETING, meeting, () -> calendar.meeting(meeting)).ok();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Move a meeting to another day or time, checked for conflicts")
    @APIResponse(responseCode = "409", description = "Conflicts: each one explained, blocking or to accept; a meeting of"
            + " a past day (or to a past day) moved by anyone but an administrator")
    @APIResponse(responseCode = "200", description = "The meeting, moved",
            content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    public Response move(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         MeetingInput input) {
        InvalidRequestException.requireBody(input);
        long meeting = identifier(id);
        return versions.change(RecordVersions.Kind.MEETING, meeting, ifMatch, () -> calendar.move(meeting,
                input.time(), input.acceptance(actor.username()), input.reason())).ok();
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a meeting with its reason; it stays, cancelled, and calendar feeds publish it so")
    @APIResponse(responseCode = "200", description = "The meeting, cancelled",
            content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CancellationInput input) {
        InvalidRequestException.requireBody(input);
        long meeting = identifier(id);
        return versions.change(RecordVersions.Kind.MEETING, meeting, ifMatch,
                () -> calendar.cancel(meeting, input.reason())).ok();
    }
}
