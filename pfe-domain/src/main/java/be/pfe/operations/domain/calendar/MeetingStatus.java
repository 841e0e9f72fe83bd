package be.pfe.operations.domain.calendar;

/** A meeting takes place as scheduled, or is cancelled (it then stays visible, as cancelled). */
public enum MeetingStatus {
    SCHEDULED,
    CANCELLED
}
