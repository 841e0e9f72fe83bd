package be.pfe.operations.web.session;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionSearch;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.scheduling.session.PlanSession;
import be.pfe.operations.scheduling.session.SessionPlanning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * What the pages and the API do with sessions: list them a page at a time, read one, plan one. Records of the
 * centres the actor may read; plans in the centres where they may plan.
 */
@ApplicationScoped
@Transactional
public class Sessions {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;


    @Inject
    CourseSessions sessions;
    @Inject
    Centres centres;
    @Inject
    SessionPlanning planning;
    @Inject
    Actor actor;
    @Inject
    RecordAccess records;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionListItem> page(SessionSearch search) {
        String centre = readableCentre(search.centreCode());
        return sessions.search(search.inCentre(centre));
    }

    /** How many sessions the search finds, in the centres the actor may read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOf(SessionSearch search) {
        return sessions.countOf(search.inCentre(readableCentre(search.centreCode())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String centreCode) {
        return sessions.count(readableCentre(centreCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionListItem byId(long id) {
        records.toSession(Access.RECORDS, id);
        // the status as of today, whether or not the status job has passed yet (the on-read check)
        SessionListItem session = sessions.byId(id).map(SessionListItem::of)
                .orElseThrow(() -> new NotFoundException("session.unknown", null, id));
        return session.asOf(LocalDate.now(clock));
    }

    /** Plans the session and returns it as stored; refused requests leave nothing written. */
    public SessionListItem plan(PlanSession request) {
        actor.requireAny(Access.PLANNING);
        if (request.centreCode() != null) {
            actor.require(Access.PLANNING, request.centreCode());
        }
        return SessionListItem.of(planning.plan(request));
    }

    /**
     * The centre whose sessions to read: the one asked for if the actor may read it; with none asked for, all
     * centres for those who may read them all, else the actor's only centre.
     */
    private String readableCentre(String centreCode) {
        requireKnownCentre(centreCode);
        if (centreCode != null) {
            actor.require(Access.RECORDS, centreCode);
            return centreCode;
        }
        Actor.CentreScope scope = actor.scope(Access.RECORDS);
        if (scope.all()) {
            return null;
        }
        return scope.single().orElseThrow(() -> new AccessDeniedException(Access.RECORDS, null));
    }

    private void requireKnownCentre(String centreCode) {
        if (centreCode != null && centres.byCode(centreCode).isEmpty()) {
            throw new NotFoundException("centre.unknown", "centre", centreCode);
        }
    }
}
