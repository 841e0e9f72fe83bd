package be.pfe.operations.devserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The run command: starts PostgreSQL (a local one whose data is kept in {@code var/pgdata}, unless
 * {@code PFE_DB_URL} names another) and Payara Micro with the application and its demonstration data, then
 * stays up until interrupted (Ctrl+C), stopping both cleanly.
 *
 * <p>Arguments: {@code --war FILE --payara FILE [--port 8080] [--var DIR] [--no-demo]}.
 */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> arguments = parse(args);
        Path war = Path.of(required(arguments, "war"));
        Path payara = Path.of(required(arguments, "payara"));
        int port = Integer.parseInt(arguments.getOrDefault("port", "8080"));
        Path var = Path.of(arguments.getOrDefault("var", "var")).toAbsolutePath();
        boolean demo = !arguments.containsKey("no-demo");

        long started = System.nanoTime();
        DatabaseSettings given = DatabaseSettings.fromEnvironment("PFE_DB");
        int databasePort = Integer.parseInt(arguments.getOrDefault("db-port", "54329"));
        DatabaseSettings database = given != null ? given
                : new DatabaseSettings(LocalPostgres.jdbcUrl(databasePort), LocalPostgres.USER, LocalPostgres.PASSWORD);

        Map<String, String> settings = new HashMap<>();
        settings.put("PFE_DEMO_DATA", Boolean.toString(demo));
        Path log = var.resolve("log").resolve("payara.log");
        LocalPostgres postgres = null;
        if (given == null) {
            // first, not alongside Payara Micro: on two cores starting both at once was measured slower
            Path data = var.resolve("pgdata");
            log("Starting the local PostgreSQL on port " + databasePort + " (data kept in " + data + ")");
            postgres = LocalPostgres.startKeeping(data, databasePort);
        } else {
            log("Using the database named by PFE_DB_URL");
        }
        log("Starting Payara Micro on port " + port + " (server log: " + log + ")");
        PayaraMicroServer server;
        try {
            server = PayaraMicroServer.start(new PayaraMicroServer.Options(payara, war, port,
                    var.resolve("payara"), log, database, settings), Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        log(String.format("PFE Operations is ready at %s (Payara Micro %.1f s, total %.1f s). Ctrl+C stops it.",
                server.baseUrl(), server.startupTime().toMillis() / 1000.0, total.toMillis() / 1000.0));

        LocalPostgres localDatabase = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("Stopping PFE Operations");
            server.close();
            if (localDatabase != null) {
                localDatabase.close();
            }
        }, "pfe-shutdown"));
        Thread.currentThread().join();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            values.put(name, flag ? "" : args[++i]);
        }
        return values;
    }

    private static String required(Map<String, String> arguments, String name) {
        String value = arguments.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }

    private static void log(String message) {
        System.out.println("[pfe] " + message);
    }
}
