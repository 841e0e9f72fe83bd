package be.pfe.operations.web.conflict;

import java.time.Clock;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.DateWindow;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("v1/conflicts")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictResource {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    ConflictList conflicts;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The conflicts scheduled meetings have now, each explained: of one centre or all, "
            + "from a day (default today) to a day (default three months later), at most a year")
    public List<ConflictItem> list(@QueryParam("centre") String centre, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        LocalDate start = from == null || from.isBlank() ? LocalDate.now(clock) : date("from", from);
        LocalDate end = to == null || to.isBlank() ? start.plusMonths(3) : date("to", to);
        return conflicts.of(centre == null || centre.isBlank() ? null : centre.strip(), new DateRange(start, end),
                Language.of(problems.locale(headers)));
    }

    static LocalDate date(String parameter, String value) {
        try {
            return DateWindow.requireWithin(LocalDate.parse(value.strip()), parameter);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.parameter(parameter, value);
        }
    }
}
