package be.pfe.operations.web.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data sources, defined by the application itself (in {@code WEB-INF/glassfish-resources.xml},
 * application-scoped) so that Payara Micro needs no configuration: every setting comes from MicroProfile Config
 * (environment {@code PFE_DB_URL}, {@code PFE_DB_USER}, {@code PFE_DB_PASSWORD}, the pool sizes...).
 *
 * <ul>
 *   <li>{@link #DATA_SOURCE}: the primary, for everything: {@code PFE_DB_POOL_MIN}-{@code PFE_DB_POOL_MAX}
 *       connections per instance (2-32); a request waits {@code PFE_DB_POOL_WAIT_MILLIS} for a connection.</li>
 *   <li>{@link #REPORTS_DATA_SOURCE}: the reports' read queries (occupancy, yearly figures; persistence unit
 *       {@code pfe-reports}): a read-only standby when {@code PFE_DB_REPORTS_URL} names one, else the primary (the
 *       default of {@code pfe.db.reports.url} is {@code ${pfe.db.url}}). Its connections are read-only and not
 *       enlisted in transactions (a standby takes no writes, and a use case's transaction keeps one resource). Pool:
 *       {@code PFE_DB_REPORTS_POOL_MIN}-{@code PFE_DB_REPORTS_POOL_MAX} connections (1-8).</li>
 * </ul>
 * The pools are not {@code @DataSourceDefinition}s: Payara expands MicroProfile Config in such an annotation's
 * strings but not in its pool sizes (integers), and validates web.xml's {@code <max-pool-size>} as an integer before
 * expanding it; it expands {@code ${MPCONFIG=...}} in a {@code jdbc-connection-pool}'s attributes
 * (docs/operations.md, "Connection pools").
 * Each pool names itself to PostgreSQL ({@code application_name} {@code pfe} / {@code pfe-reports}), so that
 * {@code pg_stat_activity} shows who holds which connection.
 */
@ApplicationScoped
public class DatabaseConfiguration {

    public static final String DATA_SOURCE = "java:app/jdbc/pfe";
    public static final String REPORTS_DATA_SOURCE = "java:app/jdbc/pfe-reports";
    public static final String REPORTS_APPLICATION_NAME = "pfe-reports";
}
