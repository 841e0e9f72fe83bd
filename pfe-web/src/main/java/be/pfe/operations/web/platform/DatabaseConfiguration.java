package be.pfe.operations.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data source, defined by the application itself so that Payara Micro needs no
 * configuration: connection settings come from MicroProfile Config (environment {@code PFE_DB_URL},
 * {@code PFE_DB_USER}, {@code PFE_DB_PASSWORD}).
 */
@DataSourceDefinition(
        name = DatabaseConfiguration.DATA_SOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=pfe.db.url}",
        user = "${MPCONFIG=pfe.db.user}",
        password = "${MPCONFIG=pfe.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class DatabaseConfiguration {

    public static final String DATA_SOURCE = "java:app/jdbc/pfe";
}
