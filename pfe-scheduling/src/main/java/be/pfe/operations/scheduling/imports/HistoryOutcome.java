package be.pfe.operations.scheduling.imports;

/** What a row of a historical file does (dry run) or did. */
public enum HistoryOutcome {
    /** A record made from the row. */
    NEW,
    /** A record already there (same course code, same learner) now known by the row's external id. */
    LINKED,
    /** The row was imported before (its external id is known): nothing changes. */
    UNCHANGED,
    /** Refused, for the reasons given; nothing of the row was written. */
    ERROR
}
