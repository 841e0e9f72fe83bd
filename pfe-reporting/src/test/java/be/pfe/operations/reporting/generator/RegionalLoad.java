package be.pfe.operations.reporting.generator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The load client of {@code benchmarks/regional.sh}: measures, side by side on a running application with the
 * regional data set, each figure of issue 18 as p50/p95/p99 and throughput (the health endpoint and a trivial
 * authenticated endpoint as the baselines of the same run), and writes them as a Markdown table with the goals.
 *
 * <p>Usage: {@code RegionalLoad BASE_URL OUTPUT.md [--seconds 15] [--connections 50] [--cold-start SECONDS]
 * [--year YYYY] [--only NAME,...]}. Users: bench.staff (Technicity staff) and bench.admin, password pfe-demo-2042.
 */
public final class RegionalLoad {

    private static final String PASSWORD = "pfe-demo-2042";
    private static final String[] PAGES = {"index", "sessions", "session-new", "calendar", "timetabling", "conflicts",
            "validations", "import", "companies", "occupancy", "yearly-report", "plans", "users", "privacy", "courses",
            "rooms", "trainers", "learners", "outbox", "account"};
    private static final String[] NAMES = {"lamber", "dubma", "sarah", "vanel", "mohamed", "kamer", "pe", "noah",
            "roli", "emma", "jansa", "ter"};

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> rows = new ArrayList<>();

    private RegionalLoad(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    record Result(String name, int requests, int errors, double seconds, long[] nanos) {
        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        double throughput() {
            return requests / seconds;
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Accept-Language", "en");
        if (user != null) {
            builder.header("Authorization", basic(user));
        }
        return builder.GET().build();
    }

    /** Sends the requests made by {@code next} (from 0) on {@code connections} at once for {@code seconds}. */
    Result run(String name, int connections, double seconds, int maxRequests, String user, IntFunction<String> next)
            throws Exception {
        // warm-up: a few of each
        for (int i = 0; i < Math.min(3, maxRequests); i++) {
            send(request(next.apply(i), user));
        }
        AtomicInteger counter = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<long[]> perThread = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long until = start + (long) (seconds * 1e9);
        AtomicLong lastEnd = new AtomicLong(start);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            futures.add(pool.submit(() -> {
                long[] mine = new long[1024];
                int n = 0;
                while (System.nanoTime() < until) {
                    int i = counter.getAndIncrement();
                    if (i >= maxRequests) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    int status = send(request(next.apply(i), user));
                    long t1 = System.nanoTime();
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = t1 - t0;
                    lastEnd.accumulateAndGet(t1, Math::max);
                }
                return Arrays.copyOf(mine, n);
            }));
        }
        for (Future<long[]> future : futures) {
            perThread.add(future.get());
        }
        pool.shutdown();
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, errors.get(), (lastEnd.get() - start) / 1e9, all);
    }

    private int send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 && System.getenv("PFE_BENCH_VERBOSE") != null) {
                System.err.println(request.uri() + " -> " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
            }
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private void row(Result result, String goal, String note) {
        String line = String.format("| %s | %d | %.0f | %.0f | %.0f | %.1f | %d | %s | %s | %s |", result.name(),
                result.requests(), result.percentile(50), result.percentile(95), result.percentile(99),
                result.throughput(), result.errors(), load(), goal, note);
        rows.add(line);
        System.out.println(line);
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path output = Path.of(args[1]);
        double seconds = 15;
        int connections = 50;
        String cold = null;
        int year = LocalDate.now().getYear() - 1;
        List<String> only = null;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                case "--cold-start" -> cold = args[i + 1];
                case "--year" -> year = Integer.parseInt(args[i + 1]);
                case "--only" -> only = List.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        RegionalLoad load = new RegionalLoad(base);
        load.all(seconds, connections, cold, year, only);
        String text = "# Regional benchmark, " + LocalDate.now() + "\n\n"
                + "Ten years x twenty centres (benchmarks/regional-data.sh, seed 42), the application started by bin/production"
                + " (production JVM settings) on this machine; the load client runs on the same cores. Times in ms; load ="
                + " the 1-minute load average at the end of each measure (other builds share the 2 cores).\n\n"
                + "| measure | requests | p50 | p95 | p99 | req/s | errors | load | goal | note |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n"
                + String.join("\n", load.rows) + "\n";
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, text);
        System.out.println("written: " + output);
    }

    private boolean wanted(List<String> only, String name) {
        return only == null || only.stream().anyMatch(name::startsWith);
    }

    private void all(double seconds, int connections, String cold, int year, List<String> only) throws Exception {
        Result health = null;
        if (wanted(only, "health")) {
            health = run("health (/health/ready), " + connections + " connections", connections, seconds,
                    Integer.MAX_VALUE, null, i -> "health/ready");
            row(health, "baseline", "anonymous, asks the database");
        }
        if (wanted(only, "trivial")) {
            Result trivial = run("trivial authenticated (/api/v1/centres), " + connections + " connections", connections,
                    seconds, Integer.MAX_VALUE, "bench.staff", i -> "api/v1/centres");
            row(trivial, "baseline", ratio(trivial, health));
        }
        if (wanted(only, "sessions-list")) {
            Result list = run("authenticated sessions list, " + connections + " connections", connections, seconds,
                    Integer.MAX_VALUE, "bench.staff", i -> "api/v1/sessions?centre=TECHNICITY");
            row(list, ">= 75 % of health's req/s; p99 <= 250", ratio(list, health));
        }
        double single = Math.max(5, seconds / 2);
        if (wanted(only, "lazy")) {
            row(run("lazy table: sessions page (any offset, sort)", 1, single, 400, "bench.staff",
                    i -> "api/v1/sessions?centre=TECHNICITY&size=20&first=" + (i * 137 % 3000)
                            + "&sort=" + (i % 2 == 0 ? "START_DATE" : "COURSE") + "&order=" + (i % 3 == 0 ? "desc" : "asc")),
                    "p95 <= 150", "one centre, 3,300 sessions");
            row(run("lazy table: sessions page, all centres (admin)", 1, single, 400, "bench.admin",
                    i -> "api/v1/sessions?size=20&first=" + (i * 7919 % 60000)), "p95 <= 150", "66,000 sessions");
            row(run("lazy table: enrolments of a session", 1, single, 400, "bench.staff",
                    i -> "api/v1/enrolments?session=" + (1 + i * 53 % 3000)), "p95 <= 150", "Technicity's sessions");
            row(run("lazy table: learners page", 1, single, 400, "bench.staff",
                    i -> "api/v1/learners?size=20&first=" + (i * 211 % 10000)), "p95 <= 150", "Technicity's learners");
            row(run("learner search by name (staff)", 1, single, 400, "bench.staff",
                    i -> "api/v1/learners?q=" + NAMES[i % NAMES.length]), "p95 <= 150", "part of a name");
            row(run("learner search by name (admin, all centres)", 1, single, 400, "bench.admin",
                    i -> "api/v1/learners?q=" + NAMES[i % NAMES.length] + (i % 2 == 0 ? "+sarah" : "")),
                    "p95 <= 150", "210,000 learners");
        }
        if (wanted(only, "page")) {
            for (String page : PAGES) {
                row(run("page " + page, 1, single, 8, "bench.admin", i -> page + ".xhtml"), "p95 <= 150",
                        "server time, administrator");
            }
        }
        int y = year;
        if (wanted(only, "occupancy")) {
            row(run("occupancy dashboard, 20 centres, " + y, 1, single, 12, "bench.admin",
                    i -> "api/v1/occupancy?year=" + (y - i % 3)), "p95 <= 300", "by centre");
        }
        if (wanted(only, "yearly")) {
            row(run("yearly figures, 20 centres, " + y, 1, single, 12, "bench.admin",
                    i -> "api/v1/reports/yearly?year=" + (y - i % 3)), "p95 <= 300", "all centres");
            row(run("yearly PDF, 20 centres", 1, single * 2, 4, "bench.admin",
                    i -> "api/v1/reports/yearly/document.pdf?year=" + (y - i % 3)), "<= 2000", "");
            row(run("yearly XLSX, 20 centres", 1, single * 2, 4, "bench.admin",
                    i -> "api/v1/reports/yearly/document.xlsx?year=" + (y - i % 3)), "<= 2000", "");
        }
        if (cold != null) {
            rows.add(String.format("| cold start to ready, no demo data (empty database, migrations run) | 1 | %s | | | | |"
                    + " %s | <= 10000 | bin/production settings |", cold, load()));
        }
    }

    private static String ratio(Result result, Result health) {
        return health == null ? "" : String.format("%.0f %% of health's req/s", 100 * result.throughput() / health.throughput());
    }
}
