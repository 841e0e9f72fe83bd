package be.pfe.operations.domain.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * The database schema is created and changed only by the versioned migrations in {@code db/migration}.
 * Demonstration data lives in {@code db/demo}, with a history table of its own so that it never mixes
 * with the schema's versions.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Brings the schema up to date; returns the number of migrations applied. */
    public static int migrate(DataSource dataSource) {
        return flyway(dataSource, "classpath:db/migration", "flyway_schema_history").migrate().migrationsExecuted;
    }

    /** Loads the demonstration data once (after {@link #migrate}); returns the number of scripts applied. */
    public static int loadDemoData(DataSource dataSource) {
        MigrateResult result = flyway(dataSource, "classpath:db/demo", "flyway_demo_history").migrate();
        return result.migrationsExecuted;
    }

    private static Flyway flyway(DataSource dataSource, String location, String historyTable) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .load();
    }
}
