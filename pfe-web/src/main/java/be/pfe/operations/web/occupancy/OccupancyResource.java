package be.pfe.operations.web.occupancy;

import be.pfe.operations.reporting.occupancy.Occupancy;
import be.pfe.operations.reporting.occupancy.OccupiedSeat;
import be.pfe.operations.web.api.ProblemResponses;
import be.pfe.operations.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Seat occupancy: seats occupied / offered and seat-hours attended / offered, grouped by session, centre, course,
 * partner, target group or month, and the enrolments behind one figure.
 */
@Path("v1/occupancy")
@Produces(MediaType.APPLICATION_JSON)
public class OccupancyResource {

    @Inject
    OccupancyFigures occupancy;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Occupancy figures of a year (or one month): by=SESSION, CENTRE (default), COURSE, "
            + "PROVIDING_PARTNER, QUOTA_PARTNER, TARGET_GROUP or MONTH; filters centre, course, partner (providing), "
            + "quotaPartner (a partner code or POOL), targetGroup, month")
    public OccupancyDto figures(@BeanParam OccupancyParameters parameters) {
        return OccupancyDto.of(occupancy.report(parameters.query()),
                Messages.text(problems.locale(headers), "report.occupancy.rule"));
    }

    @GET
    @Path("enrolments")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The enrolments behind one figure (key as in the figures; none for the total): the learner's "
            + "name and national register number masked, at most " + Occupancy.MAX_OCCUPANTS)
    public List<OccupiedSeat> enrolments(@BeanParam OccupancyParameters parameters, @QueryParam("key") String key) {
        return occupancy.enrolmentsBehind(parameters.query(), key == null || key.isBlank() ? null : key.strip());
    }
}
