package be.pfe.operations.web.session;

import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.web.api.InvalidRequestException;
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

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting, in Brussels local time")
    public MeetingView get(@PathParam("id") String id) {
        return calendar.meeting(identifier(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Move a meeting to another day or time, checked for conflicts")
    @APIResponse(responseCode = "409", description = "Conflicts: each one explained, blocking or to accept; a meeting of"
            + " a past day (or to a past day) moved by anyone but an administrator")
    public MeetingView move(@PathParam("id") String id, MeetingInput input) {
        InvalidRequestException.requireBody(input);
        return calendar.move(identifier(id), input.time(), input.acceptance(actor.username()), input.reason());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a meeting with its reason; it stays, cancelled, and calendar feeds publish it so")
    public MeetingView cancel(@PathParam("id") String id, CancellationInput input) {
        InvalidRequestException.requireBody(input);
        return calendar.cancel(identifier(id), input.reason());
    }
}
