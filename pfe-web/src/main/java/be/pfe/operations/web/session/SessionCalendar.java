package be.pfe.operations.web.session;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** What the pages and the API do with a session's times: read its meetings, give it a weekly pattern. */
@ApplicationScoped
@Transactional
public class SessionCalendar {

    @Inject
    Sessions sessions;
    @Inject
    Meetings meetings;
    @Inject
    SessionTimetabling timetabling;
    @Inject
    Actor actor;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingView> meetings(long sessionId) {
        sessions.byId(sessionId);
        return meetings.ofSession(sessionId).stream().map(MeetingView::of).toList();
    }

    /** Sets the pattern and regenerates the meetings; refused with every conflict explained, nothing saved. */
    public List<MeetingView> setWeeklyPattern(long sessionId, List<WeeklySlot> pattern,
                                              ConflictGate.Acceptance acceptance) {
        actor.require(Access.PLANNING, sessions.byId(sessionId).centreCode());
        timetabling.setWeeklyPattern(sessionId, pattern, acceptance);
        return meetings.ofSession(sessionId).stream().map(MeetingView::of).toList();
    }
}
