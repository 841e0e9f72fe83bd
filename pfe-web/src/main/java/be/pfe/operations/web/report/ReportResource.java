package be.pfe.operations.web.report;

import be.pfe.operations.web.api.QueryParameters;
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


@Path("v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

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
    public SeatsOfferedDto seatsOffered(@QueryParam("year") String year) {
        return SeatsOfferedDto.of(figures.seatsOffered(QueryParameters.year(year)),
                Messages.text(problems.locale(headers), "report.seatsOffered.rule.held"));
    }
}
