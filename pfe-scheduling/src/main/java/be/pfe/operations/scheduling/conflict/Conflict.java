package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.calendar.MeetingTime;

import java.util.List;

/**
 * One conflict of a session, explained: its kind, the meeting concerned (none for conflicts of the session
 * as a whole, such as a room too small), and the arguments of its message (room, trainer, other session...).
 *
 * @param otherSessionId the session it clashes with, or {@code null}
 */
public record Conflict(ConflictKind kind, MeetingTime meeting, Long otherSessionId, List<Object> arguments) {

    public Conflict {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return kind.messageKey();
    }
}
