package be.pfe.operations.web.notification;

import java.time.Clock;
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

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    Outbox outbox;
    @Inject
    be.pfe.operations.reporting.documents.LetterBatch letters;

    @GET
    @Operation(summary = "The latest messages of the centres where the user plans (all for an administrator), "
            + "optionally of one status")
    public List<MessageItem> latest(@QueryParam("status") String status, @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
            description = "How many of the latest messages to read (100 unless told, at most 500); deprecated: the "
                    + "lists' own first and size page what is read")
            @QueryParam("limit") String limit) {
        Integer count = QueryParameters.integer("limit", limit);
        return outbox.latest(status(status), count == null ? 100 : count).stream().map(MessageItem::of).toList();
    }

    @GET
    @jakarta.ws.rs.Path("letters")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(summary = "The letters of a day (YYYY-MM-DD, today when none) to learners without an e-mail address, "
            + "in the centres where the user plans: one page each, in one PDF to print")
    public jakarta.ws.rs.core.Response letters(@QueryParam("date") String date,
                                               @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        java.time.LocalDate day;
        try {
            day = date == null || date.isBlank() ? java.time.LocalDate.now(clock)
                    : java.time.LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidRequestException.parameter("date", date);
        }
        java.util.Locale locale = headers.getAcceptableLanguages().isEmpty() ? java.util.Locale.FRENCH
                : headers.getAcceptableLanguages().get(0);
        return DocumentTexts.pdf(letters.of(day, be.pfe.operations.web.i18n.Messages.text(locale, "page.outbox.letters.none")));
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
