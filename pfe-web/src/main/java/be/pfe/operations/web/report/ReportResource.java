package be.pfe.operations.web.report;

import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.ProblemResponses;
import be.pfe.operations.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Year;

@Path("v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final int FIRST_YEAR = 2019;

    @Inject
    SeatFigures figures;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;

    @GET
    @Path("seats-offered")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Seats offered per centre in a year (sessions active during the year, cancelled ones excluded)")
    public SeatsOfferedView seatsOffered(@QueryParam("year") String year) {
        return SeatsOfferedView.of(figures.seatsOffered(year(year)),
                Messages.text(problems.locale(headers), "report.seatsOffered.rule"));
    }

    static Year year(String value) {
        if (value == null || value.isBlank()) {
            return Year.now();
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < FIRST_YEAR || year > Year.now().getValue() + 10) {
                throw InvalidRequestException.parameter("year", value);
            }
            return Year.of(year);
        } catch (NumberFormatException e) {
            throw InvalidRequestException.parameter("year", value);
        }
    }
}
