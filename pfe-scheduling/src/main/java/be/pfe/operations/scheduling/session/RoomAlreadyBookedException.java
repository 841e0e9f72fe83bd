package be.pfe.operations.scheduling.session;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.BusinessRuleException;

/** The room is held by another session on at least one day of the period asked for. */
public class RoomAlreadyBookedException extends BusinessRuleException {

    private final long clashingSessionId;

    public RoomAlreadyBookedException(Room room, CourseSession clash) {
        super("session.room.alreadyBooked", "room", room.code(), clash.course().code(),
                clash.period().start(), clash.period().end());
        this.clashingSessionId = clash.id();
    }

    /** The session that already holds the room. */
    public long clashingSessionId() {
        return clashingSessionId;
    }
}
