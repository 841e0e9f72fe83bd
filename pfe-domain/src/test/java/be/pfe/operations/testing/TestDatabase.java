package be.pfe.operations.testing;

import be.pfe.operations.devserver.DatabaseSettings;
import be.pfe.operations.devserver.LocalPostgres;
import be.pfe.operations.domain.schema.SchemaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The real PostgreSQL the tests of one JVM share: a throw-away local server started on first use, or the
 * database named by {@code PFE_TEST_DB_URL} (which must be dedicated to tests: its operational data is
 * deleted). The schema is brought up to date by the same migrations the application runs.
 */
public final class TestDatabase {

    private static TestDatabase shared;

    private final DatabaseSettings settings;
    private final PGSimpleDataSource dataSource;
    private EntityManagerFactory entityManagerFactory;

    private TestDatabase(DatabaseSettings settings) {
        this.settings = settings;
        this.dataSource = new PGSimpleDataSource();
        dataSource.setURL(settings.url());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        SchemaMigrations.migrate(dataSource);
    }

    public static synchronized TestDatabase shared() {
        if (shared == null) {
            DatabaseSettings given = DatabaseSettings.fromEnvironment("PFE_TEST_DB");
            if (given != null) {
                shared = new TestDatabase(given);
            } else {
                LocalPostgres postgres = LocalPostgres.startThrowAway();
                Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "test-postgres-stop"));
                shared = new TestDatabase(DatabaseSettings.of(postgres));
            }
        }
        return shared;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The application's persistence unit, run outside a container (resource-local transactions). */
    public synchronized EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            entityManagerFactory = newEntityManagerFactory("pfe");
        }
        return entityManagerFactory;
    }

    /**
     * Another instance of the persistence unit, with its own connections and cache, as a second application
     * instance on the same database would have; the caller closes it.
     */
    public EntityManagerFactory newEntityManagerFactory(String sessionName) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        properties.put("jakarta.persistence.jdbc.url", settings.url());
        properties.put("jakarta.persistence.jdbc.user", settings.user());
        properties.put("jakarta.persistence.jdbc.password", settings.password());
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.session-name", sessionName);
        return Persistence.createEntityManagerFactory("pfe", properties);
    }

    /** Runs the work in one transaction of the given persistence unit instance. */
    public <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    /** Runs the work in one transaction, committed when it returns and rolled back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return inTransaction(entityManagerFactory(), work);
    }

    public void transact(Consumer<EntityManager> work) {
        inTransaction(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    /**
     * The tables {@link #deleteOperationalData()} keeps, each for a reason. A table a migration adds is emptied by
     * default; one that holds what a migration writes (reference data) must be named here.
     */
    static final Set<String> KEPT = Set.of(
            // Flyway's histories: emptied, the next start would run every migration again on the existing schema
            "flyway_schema_history", "flyway_demo_history",
            // reference data written by the migrations: the centres, their partners and who partners whom (V2), the
            // retention period per kind of record (V15)
            "centre", "partner_organisation", "centre_partner", "retention_policy",
            // not emptied by the hand-kept list this replaces either, and kept so that the tests behave as before:
            // accounts and sign-in (tests add users under names of their own and read only those users' failures),
            // the edited message texts, and append-only records the tests read by their own subject or key (the
            // audit trail, the source systems' ids of the historical import, the closed years' snapshots)
            "user_account", "user_role", "sign_in_client", "sign_in_failure", "message_template",
            "audit_event", "external_reference", "yearly_snapshot");

    /**
     * Deletes what the tests create: every table of the schema (read from the catalogue, so a new table is included
     * by itself) but those {@link #KEPT}; identities restart.
     */
    public void deleteOperationalData() {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery(
                     "select quote_ident(tablename) from pg_catalog.pg_tables where schemaname = current_schema()"
                             + " order by tablename")) {
            while (result.next()) {
                String table = result.getString(1);
                if (!KEPT.contains(table)) {
                    tables.add(table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        execute("truncate " + String.join(", ", tables) + " restart identity cascade");
        entityManagerFactory().getCache().evictAll();
    }

    public long count(String table) {
        try (Connection connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
