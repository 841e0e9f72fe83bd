package be.pfe.operations.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL server on this machine, started from the embedded binaries published on Maven Central.
 * No installation and no Docker needed; it also starts as root (the library then runs it in a user namespace).
 *
 * <p>With a kept data directory the data survives restarts (the run command); with a throw-away one each
 * test run starts from an empty database.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "pfe";
    public static final String USER = "postgres";
    /** Not checked (the local server trusts local connections), but never empty: configuration needs a value. */
    public static final String PASSWORD = "local";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server whose data lives in {@code dataDirectory} and is kept when the server stops. */
    public static LocalPostgres startKeeping(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            // kept data is durable: the embedded library's default, synchronous_commit=off, may lose the last
            // commits when the machine stops; it stays only for the throw-away databases of the tests
            builder.setServerConfig("synchronous_commit", "on");
            return started(builder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Starts a server on a free port with a data directory that is removed when the server stops. Not durable by
     * design (the embedded library's synchronous_commit=off, kept for speed): for tests only.
     */
    public static LocalPostgres startThrowAway() {
        try {
            return started(EmbeddedPostgres.builder()
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throw-away PostgreSQL", e);
        }
    }

    private static LocalPostgres started(EmbeddedPostgres.Builder builder) throws IOException {
        builder.setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on");
        LocalPostgres postgres = new LocalPostgres(startSharingBinaries(builder));
        postgres.createApplicationDatabase();
        return postgres;
    }

    /**
     * The system property naming the folder where the PostgreSQL binaries are unpacked once and shared by every JVM
     * that starts a server (the build sets it for the tests to the root {@code target/} folder, keyed by the binaries'
     * version; inside, the library keys them again by their checksum). Unset: the library's default, a copy under
     * the JVM's temporary folder.
     */
    public static final String SHARED_BINARIES = "pfe.postgres.binaries";

    /**
     * Starts the server with the binaries of the shared folder. The first JVM to need them unpacks them holding an
     * exclusive lock on the folder's {@code unpack.lock}; another JVM starting meanwhile waits for the lock (however
     * long the unpacking takes on a loaded machine) and then finds them ready. Once unpacked, no lock is taken.
     */
    private static synchronized EmbeddedPostgres startSharingBinaries(EmbeddedPostgres.Builder builder)
            throws IOException {
        String shared = System.getProperty(SHARED_BINARIES, "");
        if (shared.isBlank()) {
            return builder.start();
        }
        Path folder = Files.createDirectories(Path.of(shared));
        builder.setOverrideWorkingDirectory(folder.toFile());
        if (unpacked(folder)) {
            return builder.start();
        }
        try (FileChannel channel = FileChannel.open(folder.resolve("unpack.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            return builder.start();
        }
    }

    /** Whether the folder holds binaries unpacked to the end (the library's marker file {@code PG-<checksum>/.exists}). */
    static boolean unpacked(Path folder) throws IOException {
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "PG-*")) {
            for (Path copy : copies) {
                if (Files.exists(copy.resolve(".exists"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void createApplicationDatabase() {
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl(USER, "postgres"))) {
            boolean exists;
            try (var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                statement.setString(1, DATABASE);
                exists = statement.executeQuery().next();
            }
            if (!exists) {
                try (var statement = connection.createStatement()) {
                    statement.execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database '" + DATABASE + "'", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The JDBC URL of the application database (user {@value #USER}; local connections are trusted). */
    public String jdbcUrl() {
        return jdbcUrl(port());
    }

    /** The JDBC URL the application database will have on the given port. */
    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the local PostgreSQL", e);
        }
    }
}
