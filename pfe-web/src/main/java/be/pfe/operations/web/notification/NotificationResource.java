package be.pfe.operations.web.notification;

import be.pfe.operations.domain.notification.MessageKind;
import be.pfe.operations.domain.notification.MessageTemplates;
import be.pfe.operations.domain.notification.Outbox;
import be.pfe.operations.domain.notification.OutboxStatus;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.QueryParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/** The outbox: a learner's messages (resend, cancel), the latest messages of the user's centres, and the templates. */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    Outbox outbox;
    @Inject
    MessageTemplates templates;
    @Inject
    be.pfe.operations.domain.access.Actor actor;

    @GET
    @Path("learners/{id}/messages")
    @Operation(summary = "The messages written about the learner (to them or to their referring partner), latest first, "
            + "with their status (PENDING, SENT, LETTER, CANCELLED)")
    public List<MessageItem> ofLearner(@PathParam("id") String id) {
        return outbox.ofLearner(Identifiers.of("id", id)).stream().map(MessageItem::of).toList();
    }

    @POST
    @Path("learners/{id}/messages/{message}/resend")
    @Operation(summary = "Send the learner's message again, at the notification job's next run")
    @APIResponse(responseCode = "200", description = "The message, waiting to be sent")
    public MessageItem resend(@PathParam("id") String id, @PathParam("message") String message) {
        return MessageItem.of(outbox.resend(Identifiers.of("id", id), Identifiers.of("message", message)));
    }

    @POST
    @Path("learners/{id}/messages/{message}/cancel")
    @Operation(summary = "Cancel the learner's message that still waits")
    @APIResponse(responseCode = "200", description = "The message, cancelled")
    @APIResponse(responseCode = "422", description = "Already sent or cancelled")
    public MessageItem cancel(@PathParam("id") String id, @PathParam("message") String message) {
        return MessageItem.of(outbox.cancel(Identifiers.of("id", id), Identifiers.of("message", message)));
    }

    @GET
    @Path("outbox")
    @Operation(summary = "The latest messages of the centres where the user plans (all for an administrator), "
            + "optionally of one status")
    public List<MessageItem> latest(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        Integer count = QueryParameters.integer("limit", limit);
        return outbox.latest(status(status), count == null ? 100 : count).stream().map(MessageItem::of).toList();
    }

    @GET
    @Path("centres/{code}/message-templates")
    @Operation(summary = "The texts of the centre's messages, every kind in FR, NL and EN (own = the centre's own)")
    public List<MessageTemplates.Template> templates(@PathParam("code") String code) {
        return templates.of(code);
    }

    @PUT
    @Path("centres/{code}/message-templates/{kind}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The centre's own text of a kind of message in one language; placeholders such as {learner}, "
            + "{course}, {start}, {firstMeeting}, {room}, {reason} (see docs/notifications.md)")
    public MessageTemplates.Template save(@PathParam("code") String code, @PathParam("kind") String kind,
                                          @PathParam("language") String language, TemplateInput input) {
        InvalidRequestException.requireBody(input);
        return templates.save(code, kind(kind), language(language), input.subject(), input.body(),
                actor.username());
    }

    @DELETE
    @Path("centres/{code}/message-templates/{kind}/{language}")
    @Operation(summary = "Back to the default text of a kind of message in one language")
    @APIResponse(responseCode = "204", description = "The default text applies")
    public Response reset(@PathParam("code") String code, @PathParam("kind") String kind,
                          @PathParam("language") String language) {
        templates.reset(code, kind(kind), language(language));
        return Response.noContent().build();
    }

    private static OutboxStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OutboxStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.parameter("status", value);
        }
    }

    private static MessageKind kind(String value) {
        try {
            return MessageKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidRequestException.parameter("kind", value);
        }
    }

    private static Language language(String value) {
        try {
            return Language.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidRequestException.parameter("language", value);
        }
    }
}
