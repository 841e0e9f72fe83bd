package be.pfe.operations.web.session;

import be.pfe.operations.scheduling.conflict.ConflictGate;

/** The body of a request that moves a whole session by some days, e.g. {@code {"days":7}}. */
public record ShiftInput(Integer days, String acceptedBy, String acceptanceReason) {

    ConflictGate.Acceptance acceptance() {
        return ConflictGate.Acceptance.ifGiven(acceptedBy, acceptanceReason);
    }
}
