package be.pfe.operations.scheduling.conflict;

/** What a centre does with a kind of conflict. */
public enum ConflictMode {
    /** Refused: the change is not saved. */
    BLOCK,
    /** Shown; the change is saved only when someone accepts the conflict with a reason, which is recorded. */
    WARN
}
