package be.pfe.operations.web.session;

import be.pfe.operations.domain.session.SessionStatus;

/**
 * The body of a step of a session's lifecycle: {@code {"reason":"..."}} (required to cancel and to correct,
 * optional otherwise); a correction also names the status to set, {@code {"status":"RUNNING","reason":"..."}}.
 * Steps are recorded as the signed-in user's.
 */
public record TransitionInput(String reason, SessionStatus status, java.time.LocalDate date) {
}
