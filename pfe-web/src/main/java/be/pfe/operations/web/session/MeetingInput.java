package be.pfe.operations.web.session;

import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.scheduling.conflict.ConflictGate;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The body of a request that places one meeting (a make-up meeting, or a meeting moved), e.g.
 * {@code {"date":"2039-03-18","start":"09:00","end":"12:30"}}. To save despite warnings, say who accepts them
 * and why. A meeting of a past day is moved only by an administrator, with a {@code reason} (recorded).
 */
public record MeetingInput(LocalDate date, LocalTime start, LocalTime end, String acceptedBy,
                           String acceptanceReason, String reason) {

    MeetingTime time() {
        return new MeetingTime(date, start, end);
    }

    /** The acceptance of warnings, if a reason is given, recorded as {@code who}'s (the signed-in user). */
    ConflictGate.Acceptance acceptance(String who) {
        return ConflictGate.Acceptance.ifGiven(who, acceptanceReason);
    }
}
