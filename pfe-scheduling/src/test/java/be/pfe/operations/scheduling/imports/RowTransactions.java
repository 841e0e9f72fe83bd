package be.pfe.operations.scheduling.imports;

import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;

import java.util.function.Function;

/** A row store whose check and write each run in a transaction of their own, as the container runs them. */
final class RowTransactions {

    private RowTransactions() {
    }

    static <R> RowStore<R> eachInItsOwn(TestDatabase database, Function<EntityManager, RowStore<R>> store) {
        return new RowStore<>() {
            @Override
            public RowOutcome check(R row) {
                return database.inTransaction(em -> store.apply(em).check(row));
            }

            @Override
            public RowOutcome write(R row, String actor) {
                return database.inTransaction(em -> store.apply(em).write(row, actor));
            }

            @Override
            public java.util.List<RowError> references(SourceRow row) {
                return database.inTransaction(em -> store.apply(em).references(row));
            }
        };
    }
}
