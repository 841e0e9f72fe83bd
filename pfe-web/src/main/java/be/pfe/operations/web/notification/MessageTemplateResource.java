package be.pfe.operations.web.notification;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.web.api.PreconditionException;
import be.pfe.operations.web.api.Versions;
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

    @GET
    @Path("{kind}/{language}")
    @Operation(summary = "The text of a kind of message in one language as the centre uses it; its version is the "
            + "ETag (0 while the default text applies)")
    public Response template(@PathParam("code") String code, @PathParam("kind") String kind,
                             @PathParam("language") String language) {
        MessageTemplates.Template template = one(code, kind(kind), language(language));
        return Versions.tagged(Response.ok(), template, version(template));
    }

    @PUT
    @Path("{kind}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The centre's own text of a kind of message in one language, from the version (ETag) read "
            + "in If-Match; placeholders such as {learner}, {course}, {start}, {firstMeeting}, {room}, {reason} "
            + "(see docs/notifications.md)")
    public Response save(@PathParam("code") String code, @PathParam("kind") String kind,
                         @PathParam("language") String language,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TemplateInput input) {
        Long expected = expected(ifMatch);
        InvalidRequestException.requireBody(input);
        try {
            MessageTemplates.Template saved = templates.save(code, kind(kind), language(language), input.subject(),
                    input.body(), actor.username(), expected);
            return Versions.tagged(Response.ok(), saved, version(saved));
        } catch (ClashException changedMeanwhile) {
            throw PreconditionException.failed(changedMeanwhile);
        }
    }

    @DELETE
    @Path("{kind}/{language}")
    @Operation(summary = "Back to the default text of a kind of message in one language, from the version (ETag) "
            + "read in If-Match")
    @APIResponse(responseCode = "204", description = "The default text applies")
    public Response reset(@PathParam("code") String code, @PathParam("kind") String kind,
                          @PathParam("language") String language,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = expected(ifMatch);
        try {
            templates.reset(code, kind(kind), language(language), expected);
        } catch (ClashException changedMeanwhile) {
            throw PreconditionException.failed(changedMeanwhile);
        }
        return Response.noContent().build();
    }

    private MessageTemplates.Template one(String code, MessageKind kind, Language language) {
        return templates.of(code).stream().filter(t -> t.kind() == kind && t.language() == language).findFirst()
                .orElseThrow();
    }

    /** The version read: the centre's own text's, or none (If-Match 0) when the default text applied. */
    private static Long expected(String ifMatch) {
        long version = Versions.from(ifMatch, null, true);
        return version == 0 ? null : version;
    }

    private static long version(MessageTemplates.Template template) {
        return template.version() == null ? 0 : template.version();
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
