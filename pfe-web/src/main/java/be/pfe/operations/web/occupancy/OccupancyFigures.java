package be.pfe.operations.web.occupancy;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.reporting.occupancy.Occupancy;
import be.pfe.operations.reporting.occupancy.OccupancyDimension;
import be.pfe.operations.reporting.occupancy.OccupancyQuery;
import be.pfe.operations.reporting.occupancy.OccupancyReport;
import be.pfe.operations.reporting.occupancy.OccupiedSeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Occupancy as the pages and the API may read it: the figures of the centres the user may see figures of (a user
 * of one centre sees that centre's, whatever they ask), and the learners behind a figure only with access to
 * personal data of its centre.
 */
@ApplicationScoped
public class OccupancyFigures {

    @Inject
    Occupancy occupancy;
    @Inject
    Actor actor;

    public OccupancyReport report(OccupancyQuery query) {
        return occupancy.report(scoped(query, Access.FIGURES));
    }

    public List<OccupiedSeat> enrolmentsBehind(OccupancyQuery query, String key) {
        OccupancyQuery scoped = scoped(query, Access.PERSONAL_DATA);
        // a figure of one centre, from a table grouped by centre, is that centre's
        String centre = scoped.centre() == null && scoped.by() == OccupancyDimension.CENTRE ? key : scoped.centre();
        actor.require(Access.PERSONAL_DATA, centre);
        return occupancy.enrolmentsBehind(scoped, key);
    }

    /**
     * Whether the learners behind a figure may be listed for the user (the drill-down is offered only then): the same
     * rule as {@link #enrolmentsBehind}, asked without a refusal.
     */
    public boolean mayListBehind(OccupancyQuery query, String key) {
        Actor.CentreScope scope = actor.scope(Access.PERSONAL_DATA);
        if (scope.none()) {
            return false;
        }
        String centre = query.centre();
        if (centre == null && !scope.all() && scope.single().isPresent()) {
            centre = scope.single().get();
        }
        if (centre == null && query.by() == OccupancyDimension.CENTRE) {
            centre = key;
        }
        return actor.may(Access.PERSONAL_DATA, centre);
    }

    /** The query narrowed to the user's only centre when they may not read every centre. */
    private OccupancyQuery scoped(OccupancyQuery query, Access access) {
        actor.requireAny(access);
        Actor.CentreScope scope = actor.scope(access);
        if (query.centre() == null && !scope.all() && scope.single().isPresent()) {
            return new OccupancyQuery(query.year(), query.month(), scope.single().get(), query.course(),
                    query.providingPartner(), query.quotaPartner(), query.targetGroup(), query.by());
        }
        actor.require(access, query.centre());
        return query;
    }
}
