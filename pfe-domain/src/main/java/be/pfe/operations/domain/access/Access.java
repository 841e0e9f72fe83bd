package be.pfe.operations.domain.access;

/**
 * The kinds of things a service does, as far as permissions go. A new service says which kind each of its
 * queries and commands is (and for which centre), the roles decide the rest: see {@link Role}.
 */
public enum Access {
    /** Centres, rooms, courses, partners: what every signed-in user may read. */
    REFERENCE_DATA,
    /** Aggregated figures (seats, occupancy), never a person. */
    FIGURES,
    /** A centre's operational records: sessions, meetings, calendars, timetabling jobs; no personal data. */
    RECORDS,
    /** Learners' personal data (names, national register numbers, contact details). */
    PERSONAL_DATA,
    /** Changes to a centre's sessions, timetable and enrolments. */
    PLANNING,
    /** Creating, changing and locking user accounts. */
    USER_ADMINISTRATION,
    /** Reading the audit trail. */
    AUDIT_TRAIL,
    /** Personal data management: retention periods, pseudonymisation, subject-access exports, erasure. */
    PRIVACY,
    /** Drafting a centre's Joint Action Plan: creating, changing and submitting its versions. */
    PLAN_EDITING,
    /** Deciding on a centre's submitted Joint Action Plan as its board: approve, reject, ask for amendments. */
    PLAN_DECISION,
    /**
     * Bringing past years in: the historical import, and recording a step on a day beyond the back-dating window
     * (administrators and the data migration role).
     */
    HISTORY_IMPORT
}
