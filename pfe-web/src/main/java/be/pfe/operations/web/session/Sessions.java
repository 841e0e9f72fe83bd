package be.pfe.operations.web.session;

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

import java.util.List;

/** What the pages and the API do with sessions: list them a page at a time, read one, plan one. */
@ApplicationScoped
@Transactional
public class Sessions {

    @Inject
    CourseSessions sessions;
    @Inject
    Centres centres;
    @Inject
    SessionPlanning planning;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionListItem> page(SessionSearch search) {
        requireKnownCentre(search.centreCode());
        return sessions.search(search);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String centreCode) {
        requireKnownCentre(centreCode);
        return sessions.count(centreCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionListItem byId(long id) {
        return sessions.byId(id).map(SessionListItem::of)
                .orElseThrow(() -> new NotFoundException("session.unknown", null, id));
    }

    /** Plans the session and returns it as stored; refused requests leave nothing written. */
    public SessionListItem plan(PlanSession request) {
        return SessionListItem.of(planning.plan(request));
    }

    private void requireKnownCentre(String centreCode) {
        if (centreCode != null && centres.byCode(centreCode).isEmpty()) {
            throw new NotFoundException("centre.unknown", "centre", centreCode);
        }
    }
}
