package be.pfe.operations.web.session;

import be.pfe.operations.domain.session.SessionEvent;
import be.pfe.operations.domain.session.SessionEventKind;
import be.pfe.operations.domain.session.SessionStatus;

import java.time.OffsetDateTime;

/** One line of a session's history: what happened (a step, a correction, a past meeting changed), who, when, why. */
public record SessionEventView(SessionEventKind kind, SessionStatus from, SessionStatus to, Long meeting,
                               OffsetDateTime at, String actor, String reason) {

    static SessionEventView of(SessionEvent event) {
        return new SessionEventView(event.kind(), event.from(), event.to(), event.meetingId(), event.occurredAt(),
                event.actor(), event.reason());
    }
}
