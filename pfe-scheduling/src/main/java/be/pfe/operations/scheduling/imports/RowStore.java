package be.pfe.operations.scheduling.imports;

/**
 * Checks a read row against what is stored, and writes it. {@link #write} runs in a transaction of its own: a row
 * refused (a {@link be.pfe.operations.domain.shared.BusinessRuleException}) writes nothing and stops no other row.
 */
public interface RowStore<R> {

    /** What writing the row would do; throws the refusal it would meet. Writes nothing. */
    RowOutcome check(R row);

    /** Writes the row (in its own transaction) and says what it did. */
    RowOutcome write(R row, String actor);

    /**
     * The refusals of the records a row names (a session, a partner), checked from its cells alone, so that they are
     * reported with the row's other errors at once rather than once those are corrected. Writes nothing.
     */
    default java.util.List<RowError> references(SourceRow row) {
        return java.util.List.of();
    }

    /**
     * The row with the records it names by a human code (a session's "TEC-ELEC-01 · 2027-03-01") written as their
     * numbers, as the rest of the import reads them; a code that names no single record is left as written (and
     * refused when the row is read). The row itself when it names records by number only.
     */
    default SourceRow resolved(SourceRow row) {
        return row;
    }
}
