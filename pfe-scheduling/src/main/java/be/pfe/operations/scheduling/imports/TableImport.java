package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.shared.BusinessRuleException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * An import of a table file in two steps. The preview reads every row, checks it against what is stored and says
 * what it would do or why it is refused; nothing is written. The import then writes each good row in a transaction
 * of its own: a row refused (then or meanwhile) is reported and writes nothing, and never stops the rows after it.
 * A row already imported does nothing the second time.
 */
public final class TableImport<C extends Enum<C> & ImportColumn, R> {

    private final Class<C> columns;
    private final RowReader<R> reader;
    private final RowStore<R> store;
    private final ValueLabels labels;

    TableImport(Class<C> columns, RowReader<R> reader, RowStore<R> store) {
        this(columns, reader, store, ValueLabels.NONE);
    }

    private TableImport(Class<C> columns, RowReader<R> reader, RowStore<R> store, ValueLabels labels) {
        this.columns = columns;
        this.reader = reader;
        this.store = store;
        this.labels = labels;
    }

    /** The same import, accepting the values' labels in the interface's languages as well as their names. */
    public TableImport<C, R> withLabels(ValueLabels valueLabels) {
        return new TableImport<>(columns, reader, store, valueLabels);
    }

    /** The columns of the file, in their order. */
    public List<C> columns() {
        return List.of(columns.getEnumConstants());
    }

    /** Refuses an unreadable file as a whole (no header, a required column missing, too large). */
    public List<SourceRow> rows(byte[] file) {
        return ImportColumns.rows(file, columns);
    }

    public ImportReport preview(byte[] file) {
        List<ImportedRow> report = new ArrayList<>();
        for (SourceRow row : rows(file)) {
            report.add(handle(row, store::check));
        }
        return new ImportReport(report);
    }

    /**
     * Imports the good rows, one transaction each; {@code progress} hears how many rows are done after each one.
     */
    public ImportReport run(byte[] file, String actor, IntConsumer progress) {
        new Step(actor, OffsetDateTime.now(Clocks.system()), null); // who imports is required, before any row is written
        List<SourceRow> rows = rows(file);
        List<ImportedRow> report = new ArrayList<>();
        for (SourceRow row : rows) {
            report.add(handle(row, read -> store.write(read, actor)));
            progress.accept(report.size());
        }
        return new ImportReport(report);
    }

    private interface Action<R> {
        RowOutcome apply(R row);
    }

    private ImportedRow handle(SourceRow written, Action<R> action) {
        ImportedRow described = reader.describe(written); // the records as the file names them (e.g. a session's code)
        SourceRow source = store.resolved(written);
        RowValues values = new RowValues(source, labels);
        R row = reader.read(source, values);
        if (row == null || !values.valid()) {
            return described.with(RowOutcome.ERROR, withReferences(values.errors(), source));
        }
        try {
            return described.with(action.apply(row), List.of());
        } catch (BusinessRuleException refusal) {
            return described.with(RowOutcome.ERROR, withReferences(List.of(RowError.of(refusal)), source));
        }
    }

    /** Every error of a row at once: those found, then the refusals of the records it names, one per column. */
    private List<RowError> withReferences(List<RowError> found, SourceRow source) {
        List<RowError> errors = new ArrayList<>(found);
        for (RowError reference : store.references(source)) {
            if (errors.stream().noneMatch(error -> java.util.Objects.equals(error.column(), reference.column()))) {
                errors.add(reference);
            }
        }
        return errors;
    }
}
