package be.pfe.operations.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the application war in a child JVM, the way it runs in production.
 * Start-up options are chosen for a quick start of a single instance: no clustering, no phone-home, and a
 * runtime directory emptied before each start (a kept one makes Payara Micro deploy the previous run's
 * application again before the new one: measured 4-5 s slower than unpacking afresh).
 */
public final class PayaraMicroServer implements AutoCloseable {

    /** What to start and how. */
    public record Options(Path payaraJar, Path war, int port, Path rootDirectory, Path logFile,
                          DatabaseSettings database, Map<String, String> settings) {
    }

    private final Process process;
    private final Options options;
    private final long launchedAt;
    private Duration startupTime;

    private PayaraMicroServer(Process process, Options options, long launchedAt) {
        this.process = process;
        this.options = options;
        this.launchedAt = launchedAt;
    }

    /** Starts the server and returns once {@code /health/ready} answers UP, or fails with the log's tail. */
    public static PayaraMicroServer start(Options options, Duration timeout) {
        return launch(options).awaitReady(timeout);
    }

    /** Launches the server without waiting for it to be ready. */
    public static PayaraMicroServer launch(Options options) {
        long launchedAt = System.nanoTime();
        return new PayaraMicroServer(launchProcess(options), options, launchedAt);
    }

    /** Waits until {@code /health/ready} answers UP; stops the server and fails with the log's tail if not. */
    public PayaraMicroServer awaitReady(Duration timeout) {
        try {
            waitUntilReady(process, options, timeout);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        startupTime = Duration.ofNanos(System.nanoTime() - launchedAt);
        return this;
    }

    private static Process launchProcess(Options options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xss1m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Djava.io.tmpdir=" + options.rootDirectory().resolve("tmp"));
        command.add("-jar");
        command.add(options.payaraJar().toString());
        command.add("--deploy");
        command.add(options.war().toString());
        command.add("--contextroot");
        command.add("ROOT");
        command.add("--port");
        command.add(Integer.toString(options.port()));
        command.add("--nocluster");
        command.add("--nohazelcast");
        command.add("--disablephonehome");
        command.add("--rootdir");
        command.add(options.rootDirectory().toString());
        try {
            deleteRecursively(options.rootDirectory());
            Files.createDirectories(options.rootDirectory().resolve("tmp"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (options.logFile() == null) {
                builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            } else {
                Files.createDirectories(options.logFile().toAbsolutePath().getParent());
                builder.redirectOutput(options.logFile().toFile());
            }
            Map<String, String> environment = builder.environment();
            environment.put("PFE_DB_URL", options.database().url());
            environment.put("PFE_DB_USER", options.database().user());
            environment.put("PFE_DB_PASSWORD", options.database().password());
            environment.putAll(options.settings());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void waitUntilReady(Process process, Options options, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + options.port() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up (exit code "
                        + process.exitValue() + ")" + logTail(options));
            }
            try {
                HttpResponse<Void> response = client.send(ready, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Payara Micro was not ready within " + timeout.toSeconds() + " s"
                + logTail(options));
    }

    private static String logTail(Options options) {
        if (options.logFile() == null) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(options.logFile());
            return "; end of " + options.logFile() + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "; log not readable: " + e.getMessage();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A TCP port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + options.port() + "/";
    }

    public Duration startupTime() {
        return startupTime;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
