package be.pfe.operations.web.session;

import be.pfe.operations.domain.session.SessionEvent;
import be.pfe.operations.domain.session.SessionEventKind;
import be.pfe.operations.domain.session.SessionStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of a session's history: what happened (a step, a correction, a past meeting changed), who recorded it and
 * when, why; for a step, the day it took effect and whether that day was back-dated beyond the window.
 */
@Schema(name = "SessionEventView")
public record SessionEventDto(SessionEventKind kind, SessionStatus from, SessionStatus to, Long meeting,
                               OffsetDateTime at, String actor, String reason, LocalDate effectiveOn,
                               boolean backdated) {

    static SessionEventDto of(SessionEvent event) {
        return new SessionEventDto(event.kind(), event.from(), event.to(), event.meetingId(), event.occurredAt(),
                event.actor(), event.reason(), event.effectiveOn(), event.backdated());
    }
}
