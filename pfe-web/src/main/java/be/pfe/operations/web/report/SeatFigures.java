package be.pfe.operations.web.report;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.reporting.seats.SeatsOffered;
import be.pfe.operations.reporting.seats.SeatsOfferedReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Year;

/** The seat figures the pages and the API show: those of the centres whose figures the actor may read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeatFigures {

    @Inject
    SeatsOffered seatsOffered;
    @Inject
    Actor actor;

    public SeatsOfferedReport seatsOffered(Year year) {
        actor.requireAny(Access.FIGURES);
        Actor.CentreScope readable = actor.scope(Access.FIGURES);
        SeatsOfferedReport report = seatsOffered.forYear(year);
        return readable.all() ? report : new SeatsOfferedReport(report.year(), report.centres().stream()
                .filter(centre -> readable.includes(centre.centreCode())).toList());
    }
}
