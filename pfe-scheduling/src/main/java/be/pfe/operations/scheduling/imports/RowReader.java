package be.pfe.operations.scheduling.imports;

/** Reads the rows of one kind of import: without the database, so a row's own faults are all found at once. */
interface RowReader<R> {

    /** What the row is about, as read (its outcome still open). */
    ImportedRow describe(SourceRow row);

    /** The row's values; {@code null} when a cell cannot be read (the errors are in {@code values}). */
    R read(SourceRow row, RowValues values);
}
