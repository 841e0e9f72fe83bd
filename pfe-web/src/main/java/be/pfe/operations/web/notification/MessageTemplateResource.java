package be.pfe.operations.web.notification;

import jakarta.ws.rs.Produces;
import be.pfe.operations.domain.notification.MessageKind;
import be.pfe.operations.domain.notification.MessageTemplates;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.api.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/** The texts of a centre's messages (rooted at the full path). */
@Path("v1/centres/{code}/message-templates")
@Produces(MediaType.APPLICATION_JSON)
public class MessageTemplateResource {

    @Inject
    MessageTemplates templates;
    @Inject
    be.pfe.operations.domain.access.Actor actor;

    @GET
    @Operation(summary = "The texts of the centre's messages, every kind in FR, NL and EN (own = the centre's own)")
    public List<MessageTemplates.Template> templates(@PathParam("code") String code) {
        return templates.of(code);
    }

    @PUT
    @Path("{kind}/{language}")
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
    @Path("{kind}/{language}")
    @Operation(summary = "Back to the default text of a kind of message in one language")
    @APIResponse(responseCode = "204", description = "The default text applies")
    public Response reset(@PathParam("code") String code, @PathParam("kind") String kind,
                          @PathParam("language") String language) {
        templates.reset(code, kind(kind), language(language));
        return Response.noContent().build();
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
