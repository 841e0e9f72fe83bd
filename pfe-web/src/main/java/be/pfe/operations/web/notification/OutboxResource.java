package be.pfe.operations.web.notification;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import be.pfe.operations.domain.notification.Outbox;
import be.pfe.operations.domain.notification.OutboxStatus;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.QueryParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;

/** The latest messages of the centres where the user plans. */
@Path("v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    Outbox outbox;

    @GET
    @Operation(summary = "The latest messages of the centres where the user plans (all for an administrator), "
            + "optionally of one status")
    public List<MessageItem> latest(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        Integer count = QueryParameters.integer("limit", limit);
        return outbox.latest(status(status), count == null ? 100 : count).stream().map(MessageItem::of).toList();
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
}
