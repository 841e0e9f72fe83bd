package be.pfe.operations.web.session;

import be.pfe.operations.scheduling.conflict.ConflictGate;

/** The body of a request that moves a whole session by some days, e.g. {@code {"days":7}}. */
public record ShiftInput(Integer days, String acceptedBy, String acceptanceReason) {

    /** The acceptance of warnings, if a reason is given, recorded as {@code who}'s (the signed-in user). */
    ConflictGate.Acceptance acceptance(String who) {
        return ConflictGate.Acceptance.ifGiven(who, acceptanceReason);
    }
}
