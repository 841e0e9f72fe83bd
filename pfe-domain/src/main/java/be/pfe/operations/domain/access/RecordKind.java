package be.pfe.operations.domain.access;

/**
 * The kinds of records a request can name by their id (or, for a centre, by its code). Each belongs to one or
 * more centres, and {@link RecordAccess} decides whether the user may reach it there.
 */
public enum RecordKind {
    /** A centre, named by its code (or its id). */
    CENTRE,
    /** A course session (also a skills validation session). */
    SESSION,
    /** A meeting of a session: the centre of its session. */
    MEETING,
    /** An enrolment: the centre of its session (a referring partner reads it too). */
    ENROLMENT,
    /** A learner: the centres that know them (registered there, enrolled, placed, screened or a candidate there). */
    LEARNER,
    /** An in-company placement: the centre that follows it. */
    PLACEMENT,
    /** A screening: the centre where it took place. */
    SCREENING,
    /** A version of a Joint Action Plan: its centre. */
    PLAN,
    /**
     * A company of the region's shared register (with its contacts and recruitment needs): reached by whoever has
     * the access in at least one centre.
     */
    COMPANY
}
