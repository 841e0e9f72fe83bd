package be.pfe.operations.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data sources, defined by the application itself so that Payara Micro needs no
 * configuration: connection settings come from MicroProfile Config (environment {@code PFE_DB_URL},
 * {@code PFE_DB_USER}, {@code PFE_DB_PASSWORD}).
 *
 * <ul>
 *   <li>{@link #DATA_SOURCE}: the primary, for everything; its pool per instance is sized by {@code PFE_DB_POOL_MIN}
 *       and {@code PFE_DB_POOL_MAX} (Payara's {@code fish.payara.*-pool-size} properties, which override the
 *       annotation's integers and accept MicroProfile Config), a request waits {@code PFE_DB_POOL_WAIT_MILLIS} for a
 *       connection.</li>
 *   <li>{@link #REPORTS_DATA_SOURCE}: the reports' read queries (occupancy, yearly figures; persistence unit
 *       {@code pfe-reports}): a read-only standby when {@code PFE_DB_REPORTS_URL} names one, else the primary (the
 *       default of {@code pfe.db.reports.url} is {@code ${pfe.db.url}}). Its connections are read-only and not
 *       enlisted in transactions (a standby takes no writes, and a use case's transaction keeps one resource). Pool:
 *       {@code PFE_DB_REPORTS_POOL_MIN}/{@code _MAX}.</li>
 * </ul>
 * Each pool names itself to PostgreSQL ({@code application_name} {@code pfe} / {@code pfe-reports}), so that
 * {@code pg_stat_activity} shows who holds which connection.
 */
@DataSourceDefinitions({
        @DataSourceDefinition(
                name = DatabaseConfiguration.DATA_SOURCE,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=pfe.db.url}",
                user = "${MPCONFIG=pfe.db.user}",
                password = "${MPCONFIG=pfe.db.password}",
                minPoolSize = 2,
                maxPoolSize = 32,
                properties = {
                        "fish.payara.min-pool-size=${MPCONFIG=pfe.db.pool.min}",
                        "fish.payara.max-pool-size=${MPCONFIG=pfe.db.pool.max}",
                        "fish.payara.max-wait-time-in-millis=${MPCONFIG=pfe.db.pool.wait-millis}",
                        "ApplicationName=pfe"}),
        @DataSourceDefinition(
                name = DatabaseConfiguration.REPORTS_DATA_SOURCE,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=pfe.db.reports.url}",
                user = "${MPCONFIG=pfe.db.reports.user}",
                password = "${MPCONFIG=pfe.db.reports.password}",
                transactional = false,
                minPoolSize = 1,
                maxPoolSize = 8,
                properties = {
                        "fish.payara.min-pool-size=${MPCONFIG=pfe.db.reports.pool.min}",
                        "fish.payara.max-pool-size=${MPCONFIG=pfe.db.reports.pool.max}",
                        "fish.payara.max-wait-time-in-millis=${MPCONFIG=pfe.db.pool.wait-millis}",
                        "ReadOnly=true",
                        "ApplicationName=" + DatabaseConfiguration.REPORTS_APPLICATION_NAME})
})
@ApplicationScoped
public class DatabaseConfiguration {

    public static final String DATA_SOURCE = "java:app/jdbc/pfe";
    public static final String REPORTS_DATA_SOURCE = "java:app/jdbc/pfe-reports";
    public static final String REPORTS_APPLICATION_NAME = "pfe-reports";
}
