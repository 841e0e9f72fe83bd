package be.pfe.operations.domain.privacy;

/**
 * The kinds of records held on a learner, each with its retention period: how long after the learner's last
 * activity of that kind the record must stay linked to the identified person.
 */
public enum RetainedRecordKind {
    /** The registration itself (name, birth date, contact, national register number): after the last activity of any kind. */
    LEARNER_IDENTITY,
    /** Enrolments and their history: after the session's end or the enrolment's outcome. */
    ENROLMENT,
    /** Attendance marks: after the last meeting marked. */
    ATTENDANCE,
    /** In-company placements and their visits: after the placement's end or its follow-up. */
    PLACEMENT,
    /** Screenings: after the last screening. */
    SCREENING,
    /** Skills validations and certificates: after the last test or certificate. */
    VALIDATION
}
