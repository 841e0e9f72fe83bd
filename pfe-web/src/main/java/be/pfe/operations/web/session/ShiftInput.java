package be.pfe.operations.web.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import be.pfe.operations.scheduling.conflict.ConflictGate;

/** The body of a request that moves a whole session by some days, e.g. {@code {"days":7}}. */
public record ShiftInput(@Schema(required = true, description = "Days to move by, not 0 (negative: earlier)",
        minimum = "-" + be.pfe.operations.scheduling.conflict.SessionTimetabling.MAX_SHIFT_DAYS,
        maximum = "" + be.pfe.operations.scheduling.conflict.SessionTimetabling.MAX_SHIFT_DAYS) Integer days, String acceptedBy, String acceptanceReason) {

    /** The acceptance of warnings, if a reason is given, recorded as {@code who}'s (the signed-in user). */
    ConflictGate.Acceptance acceptance(String who) {
        return ConflictGate.Acceptance.ifGiven(who, acceptanceReason);
    }
}
