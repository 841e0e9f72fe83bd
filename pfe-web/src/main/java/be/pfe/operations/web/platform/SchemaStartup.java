package be.pfe.operations.web.platform;

import be.pfe.operations.domain.schema.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date before the application serves anything, then loads the
 * demonstration data when {@code PFE_DEMO_DATA} is true. Readiness stays DOWN until this has succeeded.
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

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        int applied = SchemaMigrations.migrate(dataSource);
        int demo = demoData ? SchemaMigrations.loadDemoData(dataSource) : 0;
        migrated = true;
        LOG.info(() -> String.format("Database schema up to date (%d migration(s) applied, %d demo script(s)) in %d ms",
                applied, demo, (System.nanoTime() - started) / 1_000_000));
    }

    public boolean migrated() {
        return migrated;
    }
}
