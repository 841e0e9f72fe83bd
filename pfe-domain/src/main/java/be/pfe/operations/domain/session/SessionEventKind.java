package be.pfe.operations.domain.session;

/**
 * What happened to a session, as its history records it: a step of its lifecycle (by staff, or by the calendar), an
 * administrator's correction of a frozen session, or an administrator's change to a meeting of a past day.
 */
public enum SessionEventKind {
    /** Staff opened it for enrolment. */
    OPENED,
    /** Its first day came: the calendar made it running. */
    STARTED,
    /** Its last day passed: the calendar closed it. */
    CLOSED,
    /** Staff closed it before its last day. */
    CLOSED_EARLY,
    /** Staff cancelled it, with the reason. */
    CANCELLED,
    /** An administrator changed the status of a closed or cancelled session, with the reason. */
    CORRECTED,
    /** An administrator moved a meeting of a past day, with the reason. */
    PAST_MEETING_MOVED,
    /** An administrator cancelled a meeting of a past day, with the reason. */
    PAST_MEETING_CANCELLED
}
