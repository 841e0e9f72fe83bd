package be.pfe.operations.web.session;

import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.web.api.InvalidRequestException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * The body of a request to give a session its weekly times. To save despite warnings, say why they are accepted
 * ({@code acceptedBy} is ignored: the acceptance is recorded as the signed-in user's).
 */
public record WeeklyPatternInput(List<Slot> slots, String acceptedBy, String acceptanceReason) {

    /** One weekly time, e.g. {@code {"day":"MONDAY","start":"09:00","end":"12:30"}}. */
    public record Slot(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    /** The acceptance of warnings, if a reason is given, recorded as {@code who}'s (the signed-in user). */
    ConflictGate.Acceptance acceptance(String who) {
        return ConflictGate.Acceptance.ifGiven(who, acceptanceReason);
    }

    List<WeeklySlot> weeklySlots() {
        if (slots == null) {
            throw InvalidRequestException.missingBody();
        }
        return slots.stream().map(slot -> new WeeklySlot(slot.day(), slot.start(), slot.end())).toList();
    }
}
