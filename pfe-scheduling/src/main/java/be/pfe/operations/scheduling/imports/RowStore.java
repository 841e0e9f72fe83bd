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
}
