package be.pfe.operations.domain.plan;

/**
 * Where a version of a Joint Action Plan stands. Staff edit a {@link #DRAFT}, submit it to the board, which approves,
 * rejects or asks for amendments. A version sent back with {@link #AMENDMENTS_REQUESTED} keeps that status and its
 * decision (so the board's request stays visible on it); staff's changes to it make a new version, a draft, which is
 * submitted, so that the board reads what changed. An
 * {@link #APPROVED} or {@link #REJECTED} version is frozen: any change is a new version.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, AMENDMENTS_REQUESTED;

    /** Staff may change the contents and submit (a version sent back for amendments: through a new version). */
    public boolean isEditable() {
        return this == DRAFT || this == AMENDMENTS_REQUESTED;
    }

    /** The board has closed this version: it never changes again. */
    public boolean isFrozen() {
        return this == APPROVED || this == REJECTED;
    }
}
