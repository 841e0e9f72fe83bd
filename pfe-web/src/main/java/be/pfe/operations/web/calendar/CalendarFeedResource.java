package be.pfe.operations.web.calendar;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.api.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Locale;

/** Subscribable calendars (RFC 5545); {@code ?lang=fr|nl|en} chooses the language of the titles. */
@Path("v1/calendars")
@Produces("text/calendar")
public class CalendarFeedResource {

    @Inject
    CalendarFeeds feeds;

    @GET
    @Path("sessions/{id}.ics")
    @Operation(summary = "The meetings of one session")
    public Response session(@PathParam("id") String id, @QueryParam("lang") String lang) {
        try {
            return calendar(feeds.ofSession(Long.parseLong(id.strip()), language(lang)));
        } catch (NumberFormatException e) {
            throw InvalidRequestException.parameter("id", id);
        }
    }

    @GET
    @Path("rooms/{centre}/{room}.ics")
    @Operation(summary = "The meetings held in one room")
    public Response room(@PathParam("centre") String centre, @PathParam("room") String room,
                         @QueryParam("lang") String lang) {
        return calendar(feeds.ofRoom(centre, room, language(lang)));
    }

    @GET
    @Path("trainers/{code}.ics")
    @Operation(summary = "The meetings one trainer teaches, in every centre")
    public Response trainer(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return calendar(feeds.ofTrainer(code, language(lang)));
    }

    private static Language language(String lang) {
        return lang == null || lang.isBlank() ? Language.FR : Language.of(Locale.forLanguageTag(lang));
    }

    private static Response calendar(String body) {
        return Response.ok(body, "text/calendar; charset=UTF-8").build();
    }
}
