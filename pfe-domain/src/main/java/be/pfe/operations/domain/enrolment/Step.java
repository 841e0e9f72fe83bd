package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Who records a step of an enrolment, when ({@code at}, the moment of recording), why (the reason may be empty for
 * ordinary steps; refusals and drop-outs need one), and the day it happened ({@code effectiveOn}: the recording's day
 * unless told). A step recorded beyond the back-dating window after the day it happened is {@code backdated}.
 */
public record Step(String actor, OffsetDateTime at, String reason, LocalDate effectiveOn, boolean backdated) {

    /** A step that happens as it is recorded. */
    public Step(String actor, OffsetDateTime at, String reason) {
        this(actor, at, reason, null, false);
    }

    public static final int ACTOR_LENGTH = 100;
    public static final int REASON_LENGTH = 500;

    public Step {
        if (actor == null || actor.isBlank()) {
            throw new BusinessRuleException("enrolment.actor.required", "actor");
        }
        if (actor.strip().length() > ACTOR_LENGTH) {
            throw new BusinessRuleException("enrolment.actor.tooLong", "actor", ACTOR_LENGTH);
        }
        if (reason != null && reason.strip().length() > REASON_LENGTH) {
            throw new BusinessRuleException("enrolment.reason.tooLong", "reason", REASON_LENGTH);
        }
        if (at == null) {
            throw new IllegalArgumentException("a step happens at a moment");
        }
        effectiveOn = effectiveOn == null ? at.toLocalDate() : effectiveOn;
        actor = actor.strip();
        TypedText.requireReadable(reason, "reason", true);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** The same step, happened on another day (the one the person says). */
    public Step on(LocalDate day, boolean isBackdated) {
        return new Step(actor, at, reason, day, isBackdated);
    }

    void requireReason() {
        if (reason == null) {
            throw new BusinessRuleException("enrolment.reason.required", "reason");
        }
    }
}
