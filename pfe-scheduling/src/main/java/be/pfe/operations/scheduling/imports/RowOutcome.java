package be.pfe.operations.scheduling.imports;

/**
 * What a row does (in a preview) or did (in an import). A row already imported does nothing the second time, so
 * importing the same file twice creates nothing twice.
 */
public enum RowOutcome {
    /** A learner unknown so far, registered and enrolled. */
    NEW_LEARNER,
    /** A learner already registered (same national register number, or same name and birth date), enrolled. */
    KNOWN_LEARNER,
    /** An attendance mark recorded (replacing an earlier one for the same meeting and learner). */
    MARK,
    /** Nothing new: the learner already has an enrolment in the session, or the meeting this very mark. */
    UNCHANGED,
    /** Refused, for the reasons given; nothing of the row was written. */
    ERROR
}
