package be.pfe.operations.web.platform;

import be.pfe.operations.domain.schema.SchemaMigrations;
import be.pfe.operations.web.timetabling.TimetablingBackground;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date before the application serves anything, then loads the
 * demonstration data when {@code PFE_DEMO_DATA} is true, and only then starts the background work (timetabling
 * jobs). Readiness stays DOWN until this has succeeded.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaStartup {

    private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

    @Resource(lookup = DatabaseConfiguration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "pfe.demo.data", defaultValue = "false")
    private boolean demoData;

    /** How long to wait for a database that is still starting (it may start together with the server). */
    @Inject
    @ConfigProperty(name = "pfe.db.startup-wait-seconds", defaultValue = "60")
    private int databaseWaitSeconds;

    @Inject
    private TimetablingBackground timetabling;
    @Inject
    private be.pfe.operations.web.privacy.PrivacyBackground privacy;
    @Inject
    private be.pfe.operations.web.session.SessionStatusBackground sessionStatuses;
    @Inject
    private be.pfe.operations.web.notification.NotificationBackground notifications;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        awaitDatabase();
        int applied = SchemaMigrations.migrate(dataSource);
        int demo = demoData ? SchemaMigrations.loadDemoData(dataSource) : 0;
        sessionStatuses.start();
        migrated = true;
        timetabling.start();
        privacy.start();
        notifications.start();
        LOG.info(() -> String.format("Database schema up to date (%d migration(s) applied, %d demo script(s)) in %d ms",
                applied, demo, (System.nanoTime() - started) / 1_000_000));
    }

    private void awaitDatabase() {
        long deadline = System.nanoTime() + databaseWaitSeconds * 1_000_000_000L;
        boolean told = false;
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                return;
            } catch (SQLException unreachable) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The database did not answer within " + databaseWaitSeconds
                            + " s; check PFE_DB_URL", unreachable);
                }
                if (!told) {
                    LOG.info("Waiting for the database to answer");
                    told = true;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the database", e);
                }
            }
        }
    }

    public boolean migrated() {
        return migrated;
    }
}
