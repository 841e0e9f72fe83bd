package be.pfe.operations.domain.calendar;

/** Why a centre closes on days that are not public holidays. */
public enum ClosureKind {
    /** A community or regional day the centre chooses to close on (27 September, 11 July, 8 May). */
    REGIONAL_DAY,
    /** The building is closed (works, move, collective leave). */
    BUILDING_CLOSURE,
    OTHER
}
