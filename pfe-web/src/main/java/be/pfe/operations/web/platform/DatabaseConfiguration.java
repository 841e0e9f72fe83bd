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
 *   <li>{@link #DATA_SOURCE}: the primary, for everything: 2-32 connections per instance; a request waits
 *       {@code PFE_DB_POOL_WAIT_MILLIS} for a connection. The sizes are fixed here: Payara 6 expands MicroProfile
 *       Config in the annotation's strings and properties but not in its integers, reads no pool-size property, and
 *       validates web.xml's {@code <max-pool-size>} as an integer before expanding it (docs/operations.md).</li>
 *   <li>{@link #REPORTS_DATA_SOURCE}: the reports' read queries (occupancy, yearly figures; persistence unit
 *       {@code pfe-reports}): a read-only standby when {@code PFE_DB_REPORTS_URL} names one, else the primary (the
 *       default of {@code pfe.db.reports.url} is {@code ${pfe.db.url}}). Its connections are read-only and not
 *       enlisted in transactions (a standby takes no writes, and a use case's transaction keeps one resource). Pool: 1-8
 *       connections.</li>
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
