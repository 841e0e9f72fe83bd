package be.pfe.operations.web.session;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.scheduling.session.SessionLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the session page and the API do with a session's lifecycle: take a step (the use cases check the caller and
 * refuse, writing nothing, a step not allowed now), read its history, and tell which steps this reader may take
 * now (the page shows those buttons only).
 */
@ApplicationScoped
@Transactional
public class SessionLifecycleDesk {

    @Inject
    SessionLifecycle lifecycle;
    @Inject
    Sessions sessions;
    @Inject
    CourseSessions store;
    @Inject
    RecordAccess records;
    @Inject
    Actor actor;

    /** The lifecycle's steps, as the API names them. */
    public enum Step { OPENING, CLOSING, CANCELLATION, CORRECTION }

    public SessionListItem take(long sessionId, Step step, String reason, SessionStatus correctedTo) {
        return take(sessionId, step, reason, correctedTo, null);
    }

    /**
     * The same; a closure or a cancellation may be dated on a past day ({@code null}: today), within the back-dating
     * rules.
     */
    public SessionListItem take(long sessionId, Step step, String reason, SessionStatus correctedTo,
                                java.time.LocalDate on) {
        switch (step) {
            case OPENING -> lifecycle.open(sessionId, reason);
            case CLOSING -> lifecycle.close(sessionId, reason, on);
            case CANCELLATION -> lifecycle.cancel(sessionId, reason, on);
            case CORRECTION -> lifecycle.correct(sessionId, correctedTo, reason);
        }
        return sessions.byId(sessionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionEventDto> history(long sessionId) {
        sessions.byId(sessionId);
        return store.historyOf(sessionId).stream().map(SessionEventDto::of).toList();
    }

    /** The steps this reader may take on the session now (none for those who do not plan its centre). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Step> steps(SessionListItem session) {
        if (!actor.may(Access.PLANNING, session.centreCode())) {
            return EnumSet.noneOf(Step.class);
        }
        Set<Step> steps = EnumSet.noneOf(Step.class);
        switch (session.status()) {
            case PLANNED -> steps.addAll(List.of(Step.OPENING, Step.CANCELLATION));
            case OPEN -> steps.add(Step.CANCELLATION);
            case RUNNING -> steps.addAll(List.of(Step.CLOSING, Step.CANCELLATION));
            case CLOSED, CANCELLED -> {
                if (actor.may(Access.PLANNING, null)) {
                    steps.add(Step.CORRECTION);
                }
            }
        }
        return steps;
    }

    /** Whether the reader may change the session's times, trainers and meetings (a frozen one: administrators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayChange(SessionListItem session) {
        return actor.may(Access.PLANNING, session.centreCode())
                && (!session.status().isFinal() || actor.may(Access.PLANNING, null));
    }

    /** Whether the reader is an administrator (changes meetings of past days, with a reason). */
    public boolean administrator() {
        return actor.may(Access.PLANNING, null);
    }
}
