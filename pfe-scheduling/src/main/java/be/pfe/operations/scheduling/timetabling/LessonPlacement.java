package be.pfe.operations.scheduling.timetabling;

/**
 * When, where and with whom a lesson takes place in a timetable people already know: the reference the solver
 * tries to keep when it re-plans. Any part may be missing (a lesson that had no trainer yet).
 */
public record LessonPlacement(TimetableSlot slot, RoomResource room, TimetableTrainer trainer) {

    /** How many parts of this placement the given one changes: 0 when nothing moves, 3 when everything does. */
    public int changedParts(TimetableSlot otherSlot, RoomResource otherRoom, TimetableTrainer otherTrainer) {
        return differs(slot, otherSlot) + differs(room, otherRoom) + differs(trainer, otherTrainer);
    }

    private static int differs(Object original, Object current) {
        // a part that was not set in the known timetable cannot be moved away from
        return original != null && !original.equals(current) ? 1 : 0;
    }
}
