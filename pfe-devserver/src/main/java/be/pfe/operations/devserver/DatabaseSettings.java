package be.pfe.operations.devserver;

/**
 * Connection settings for the application database, as the application reads them
 * ({@code PFE_DB_URL}, {@code PFE_DB_USER}, {@code PFE_DB_PASSWORD}).
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A database URL is required");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static DatabaseSettings of(LocalPostgres postgres) {
        return new DatabaseSettings(postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD);
    }

    /**
     * Settings named by environment variables with the given prefix ({@code PFE_DB} or {@code PFE_TEST_DB}),
     * or {@code null} when the URL variable is not set.
     */
    public static DatabaseSettings fromEnvironment(String prefix) {
        String url = setting(prefix + "_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new DatabaseSettings(url, setting(prefix + "_USER"), setting(prefix + "_PASSWORD"));
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}
