package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;

import java.time.OffsetDateTime;

/**
 * Who takes a step of an enrolment, when, and why (the reason may be empty for ordinary steps; refusals and
 * drop-outs need one).
 */
public record Step(String actor, OffsetDateTime at, String reason) {

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
        actor = actor.strip();
        TypedText.requireReadable(reason, "reason", true);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    void requireReason() {
        if (reason == null) {
            throw new BusinessRuleException("enrolment.reason.required", "reason");
        }
    }
}
