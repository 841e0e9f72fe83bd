package be.pfe.operations.domain.session;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Who changes a session, when, and why (a cancellation and an administrator's correction need a reason; the other
 * steps may have one). {@code today} is the day in Brussels at that moment.
 */
public record SessionChange(String actor, OffsetDateTime at, String reason) {

    /** The actor of the steps the calendar takes by itself. */
    public static final String CALENDAR = "calendar";

    public SessionChange {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a change is made by someone");
        }
        if (at == null) {
            throw new IllegalArgumentException("a change happens at a moment");
        }
        if (reason != null && reason.strip().length() > SessionEvent.REASON_LENGTH) {
            throw new BusinessRuleException("session.reason.tooLong", "reason", SessionEvent.REASON_LENGTH);
        }
        TypedText.requireReadable(reason, "reason", true);
        actor = actor.strip();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** The day of the change, in Brussels. */
    public LocalDate today() {
        return at.atZoneSameInstant(Clocks.BRUSSELS).toLocalDate();
    }

    void requireReason() {
        if (reason == null) {
            throw new BusinessRuleException("session.reason.required", "reason");
        }
    }
}
