package be.pfe.operations.scheduling.timetabling;

/**
 * When, where and with whom a lesson takes place in a timetable people already know: the reference the solver
 * tries to keep when it re-plans. Any part may be missing (a lesson that had no trainer yet).
 */
public record Placement(WeeklySlot slot, RoomResource room, TrainerResource trainer) {

    /** How many parts of this placement the given one changes: 0 when nothing moves, 3 when everything does. */
    public int changedParts(WeeklySlot otherSlot, RoomResource otherRoom, TrainerResource otherTrainer) {
        return differs(slot, otherSlot) + differs(room, otherRoom) + differs(trainer, otherTrainer);
    }

    private static int differs(Object original, Object current) {
        // a part that was not set in the known timetable cannot be moved away from
        return original != null && !original.equals(current) ? 1 : 0;
    }
}
