package be.pfe.operations.scheduling.conflict;

/** The ways a meeting of a session can clash with the centres' rooms, trainers and calendars. */
public enum ConflictKind {
    /** Another session holds the room at the same time. */
    ROOM_DOUBLE_BOOKED,
    /** The trainer teaches another session at the same time (in any centre). */
    TRAINER_DOUBLE_BOOKED,
    /** The trainer is absent that day, or the time is outside their weekly availability. */
    TRAINER_UNAVAILABLE,
    /** The trainer is not qualified for the course. */
    TRAINER_NOT_QUALIFIED,
    /** The session has more seats than the room. */
    ROOM_TOO_SMALL,
    /** The centre is closed that day (public holiday or the centre's own closure). */
    CLOSED_DAY,
    /** The room is not of the type the course needs, or lacks equipment it needs. */
    ROOM_UNSUITABLE;

    /** The resource-bundle key that explains a conflict of this kind. */
    public String messageKey() {
        return "conflict." + name();
    }
}
