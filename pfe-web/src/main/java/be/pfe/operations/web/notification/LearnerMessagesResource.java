package be.pfe.operations.web.notification;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import be.pfe.operations.domain.notification.Outbox;
import be.pfe.operations.web.api.Identifiers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** A learner's messages (rooted at the full path, like a session's attendance): list, resend, cancel. */
@Path("v1/learners/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerMessagesResource {

    @Inject
    Outbox outbox;

    @GET
    @Operation(summary = "The messages written about the learner (to them or to their referring partner), latest first, "
            + "with their status (PENDING, SENT, LETTER, CANCELLED)")
    public List<MessageItem> ofLearner(@PathParam("id") String id) {
        return outbox.ofLearner(Identifiers.of("id", id)).stream().map(MessageItem::of).toList();
    }

    @POST
    @Path("{message}/resend")
    @Operation(summary = "Send the learner's message again, at the notification job's next run")
    @APIResponse(responseCode = "200", description = "The message, waiting to be sent")
    public MessageItem resend(@PathParam("id") String id, @PathParam("message") String message) {
        return MessageItem.of(outbox.resend(Identifiers.of("id", id), Identifiers.of("message", message)));
    }

    @POST
    @Path("{message}/cancel")
    @Operation(summary = "Cancel the learner's message that still waits")
    @APIResponse(responseCode = "200", description = "The message, cancelled")
    @APIResponse(responseCode = "422", description = "Already sent or cancelled")
    public MessageItem cancel(@PathParam("id") String id, @PathParam("message") String message) {
        return MessageItem.of(outbox.cancel(Identifiers.of("id", id), Identifiers.of("message", message)));
    }
}
