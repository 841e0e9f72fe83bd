package be.pfe.operations.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready when the database answers and its schema is up to date. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseConfiguration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private SchemaStartup schema;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(2);
            return response.status(reachable && schema.migrated())
                    .withData("reachable", reachable)
                    .withData("schemaUpToDate", schema.migrated())
                    .build();
        } catch (SQLException e) {
            // no connection details in the answer: it is public
            return response.down().withData("reachable", false).build();
        }
    }
}
