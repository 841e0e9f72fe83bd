package be.pfe.operations.web.session;

import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.web.api.InvalidRequestException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * The body of a request to give a session its weekly times. To save despite warnings, say who accepts them
 * and why ({@code acceptedBy} will be the signed-in user once sign-in exists).
 */
public record WeeklyPatternInput(List<Slot> slots, String acceptedBy, String acceptanceReason) {

    /** One weekly time, e.g. {@code {"day":"MONDAY","start":"09:00","end":"12:30"}}. */
    public record Slot(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    ConflictGate.Acceptance acceptance() {
        return ConflictGate.Acceptance.ifGiven(acceptedBy, acceptanceReason);
    }

    List<WeeklySlot> weeklySlots() {
        if (slots == null) {
            throw InvalidRequestException.missingBody();
        }
        return slots.stream().map(slot -> new WeeklySlot(slot.day(), slot.start(), slot.end())).toList();
    }
}
