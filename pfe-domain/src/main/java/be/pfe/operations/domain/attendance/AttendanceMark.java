package be.pfe.operations.domain.attendance;

/** How a learner attended one meeting. */
public enum AttendanceMark {
    PRESENT,
    ABSENT,
    /** Absent for an accepted reason (illness, job interview...): not counted against the learner. */
    EXCUSED,
    LATE;

    /** The learner was there (late counts as there). */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
