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
import java.util.HashMap;
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

    /** Deletes what the tests create (learners, enrolments, meetings, sessions, closures, courses, rooms); the reference data stays. */
    public void deleteOperationalData() {
        execute("truncate plan_history, plan_target, plan_role, plan_action, plan_in_company_line, plan_validation_line, plan_training_line, joint_action_plan, privacy_action, pseudonymisation_run, timetabling_job, validation_candidate, screening, placement_visit, placement, recruitment_need, company_contact, company, attendance, enrolment_transition, enrolment, session_seat_quota, session_seat_plan, learner, accepted_conflict, conflict_policy, meeting, session_weekly_slot, session_trainer, centre_closure, course_session, trainer, course, room restart identity cascade");
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
