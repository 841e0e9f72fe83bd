import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failover test's clients (bin/failover-test runs it against bin/cluster): several clients, each signed in on
 * the pages (a session cookie through the balancer) and calling the REST API, do a bounded load of reads and writes
 * (attendance marks: PUT; seat bookings: POST) while one instance is killed with SIGKILL and restarted. Every write is
 * sent again until it is answered (a PUT is idempotent; a POST that failed without an answer is sent again, and a 409
 * "already applied" then confirms that the first one was committed). At the end the database is read directly:
 * every acknowledged write must be there, exactly once, and nothing else of the test's.
 *
 * <p>Run with the PostgreSQL driver on the class path: {@code java -cp postgresql.jar Failover.java key=value...}.
 */
public final class Failover {

    static final String PASSWORD = "pfe-demo-2042";
    static final String[] USERS = {"admin", "staff.technicity", "staff.digitalcity", "manager.actiris", "auditor",
            "board.technicity"};

    record AttendanceWrite(long meeting, long enrolment, String mark) {
    }

    record Booking(long learner, long session) {
    }

    static final class Figures {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong fiveXx = new AtomicLong();
        final AtomicLong ioErrors = new AtomicLong();
        final AtomicLong writesSent = new AtomicLong();
        final AtomicLong attendanceAcked = new AtomicLong();
        final AtomicLong bookingsAcked = new AtomicLong();
        final AtomicLong bookingsConfirmedBy409 = new AtomicLong();
        final AtomicLong writesRefused = new AtomicLong();
        final AtomicLong longestOutageMillis = new AtomicLong();
        final Map<String, Long> outageByClient = new ConcurrentHashMap<>();
        final List<AttendanceWrite> attendanceDone = Collections.synchronizedList(new ArrayList<>());
        final List<Booking> bookingsDone = Collections.synchronizedList(new ArrayList<>());
        final Map<Integer, String> refusals = new ConcurrentHashMap<>();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String base = a.getOrDefault("base", "http://127.0.0.1:8080");
        String jdbc = a.get("jdbc");
        String dbUser = a.getOrDefault("dbUser", "pfe");
        String dbPassword = Files.readString(Path.of(a.get("dbPasswordFile"))).trim();
        int clients = Integer.parseInt(a.getOrDefault("clients", "4"));
        int killAfter = Integer.parseInt(a.getOrDefault("killAfter", "20"));
        int afterRejoin = Integer.parseInt(a.getOrDefault("afterRejoin", "20"));
        long maxOutageMillis = Long.parseLong(a.getOrDefault("maxOutageSeconds", "10")) * 1000;
        int victim = Integer.parseInt(a.getOrDefault("victim", "1"));
        String cluster = a.getOrDefault("cluster", "bin/cluster");
        int writesPerClient = Integer.parseInt(a.getOrDefault("writesPerClient", "400"));

        OffsetDateTime testStart;
        List<List<AttendanceWrite>> attendanceWork = new ArrayList<>();
        List<List<Booking>> bookingWork = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            testStart = now(db);
            List<AttendanceWrite> marks = attendancePairs(db, clients * writesPerClient);
            List<Booking> bookings = bookingPairs(db, clients * writesPerClient / 4);
            for (int c = 0; c < clients; c++) {
                attendanceWork.add(new ArrayList<>());
                bookingWork.add(new ArrayList<>());
            }
            for (int i = 0; i < marks.size(); i++) {
                attendanceWork.get(i % clients).add(marks.get(i));
            }
            for (int i = 0; i < bookings.size(); i++) {
                bookingWork.get(i % clients).add(bookings.get(i));
            }
            System.out.printf("[failover] work: %d attendance marks over %d clients, %d bookings%n",
                    marks.size(), clients, bookings.size());
        }

        Figures figures = new Figures();
        AtomicBoolean stop = new AtomicBoolean();
        List<Client> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(c, USERS[c % USERS.length], base, figures, stop,
                    attendanceWork.get(c), bookingWork.get(c));
            client.signIn();
            all.add(client);
        }
        long signedIn = all.stream().filter(Client::signedIn).count();
        Map<String, Integer> instances = new HashMap<>();
        for (Client client : all) {
            instances.merge(client.instance(), 1, Integer::sum);
        }
        System.out.printf("[failover] %d client(s) signed in on the pages; their sessions live on %s%n", signedIn, instances);
        for (Client client : all) {
            Thread thread = new Thread(client, "client-" + client.number);
            threads.add(thread);
            thread.start();
        }

        Instant started = Instant.now();
        Thread.sleep(killAfter * 1000L);
        run(cluster, "kill", Integer.toString(victim));
        Instant killed = Instant.now();
        System.out.printf("[failover] instance %d killed (SIGKILL) after %d s of load%n", victim,
                Duration.between(started, killed).toSeconds());
        // restarted while the load goes on (on two cores the load slows its start; that is the real case)
        run(cluster, "start-instance", Integer.toString(victim));
        System.out.printf("[failover] instance %d ready again %d s after the kill; load goes on for %d s%n", victim,
                Duration.between(killed, Instant.now()).toSeconds(), afterRejoin);
        Thread.sleep(afterRejoin * 1000L);
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(120_000);
        }
        long kept = 0;
        for (Client client : all) {
            if (client.stillSignedIn()) {
                kept++;
            }
        }

        // the database, read directly: what the clients were told is what is there
        long attendanceFound;
        long bookingsFound;
        long duplicateBookings;
        long unacknowledgedFound;
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            attendanceFound = countAttendance(db, figures.attendanceDone, testStart);
            bookingsFound = countBookings(db, figures.bookingsDone, false);
            duplicateBookings = countBookings(db, figures.bookingsDone, true);
            List<Booking> notAcked = new ArrayList<>();
            for (List<Booking> work : bookingWork) {
                for (Booking booking : work) {
                    if (!figures.bookingsDone.contains(booking)) {
                        notAcked.add(booking);
                    }
                }
            }
            unacknowledgedFound = countBookings(db, notAcked, false);
        }
        long acked = figures.attendanceAcked.get() + figures.bookingsAcked.get();
        long found = attendanceFound + bookingsFound;
        System.out.println("[failover] ---- figures ----");
        System.out.printf("requests sent:                %d%n", figures.requests.get());
        System.out.printf("writes sent (incl. resends):  %d%n", figures.writesSent.get());
        System.out.printf("writes acknowledged:          %d (attendance %d, bookings %d of which %d confirmed by a 409 after a lost answer)%n",
                acked, figures.attendanceAcked.get(), figures.bookingsAcked.get(), figures.bookingsConfirmedBy409.get());
        System.out.printf("writes found in the database: %d (attendance %d, bookings %d)%n", found, attendanceFound, bookingsFound);
        System.out.printf("duplicate bookings:           %d%n", duplicateBookings);
        System.out.printf("unacknowledged but stored:    %d%n", unacknowledgedFound);
        System.out.printf("writes refused (4xx, rules):  %d %s%n", figures.writesRefused.get(), figures.refusals);
        System.out.printf("5xx seen:                     %d (and %d connection errors)%n", figures.fiveXx.get(), figures.ioErrors.get());
        System.out.printf("longest outage seen:          %.1f s (per client: %s)%n", figures.longestOutageMillis.get() / 1000.0,
                figures.outageByClient);
        System.out.printf("sign-ins kept:                %d of %d%n", kept, signedIn);

        List<String> failures = new ArrayList<>();
        if (acked != found) {
            failures.add("acknowledged writes " + acked + " != found " + found);
        }
        if (duplicateBookings > 0) {
            failures.add(duplicateBookings + " booking(s) stored twice");
        }
        if (unacknowledgedFound > 0) {
            failures.add(unacknowledgedFound + " booking(s) stored that no client was told about");
        }
        if (acked == 0) {
            failures.add("no write was acknowledged: the load did not run");
        }
        if (figures.longestOutageMillis.get() > maxOutageMillis) {
            failures.add("a client saw errors for longer than " + maxOutageMillis / 1000 + " s");
        }
        if (kept != signedIn || signedIn != clients) {
            failures.add("sign-ins kept " + kept + " of " + signedIn + " (clients " + clients + ")");
        }
        if (!instances.containsKey("pfe-" + victim)) {
            failures.add("no client's session was on the killed instance: the test proved nothing about sessions");
        }
        if (failures.isEmpty()) {
            System.out.println("[failover] PASSED");
        } else {
            failures.forEach(f -> System.out.println("[failover] FAILED: " + f));
            System.exit(1);
        }
    }

    static OffsetDateTime now(Connection db) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery("select now()")) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }

    /** Meetings of the last weeks (not cancelled) and the active enrolments of their sessions. */
    static List<AttendanceWrite> attendancePairs(Connection db, int most) throws SQLException {
        List<AttendanceWrite> pairs = new ArrayList<>();
        String[] marks = {"PRESENT", "LATE", "EXCUSED", "ABSENT"};
        try (var statement = db.prepareStatement("""
                select m.id, e.id, coalesce(a.mark, '') from meeting m
                  join enrolment e on e.session_id = m.session_id
                  left join attendance a on a.meeting_id = m.id and a.enrolment_id = e.id
                 where m.meeting_date between current_date - 20 and current_date - 1 and m.status = 'SCHEDULED'
                   and e.status in ('ENROLLED', 'ADMITTED', 'COMPLETED')
                 order by m.id, e.id limit ?""")) {
            statement.setInt(1, most);
            try (ResultSet rs = statement.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    String mark = marks[i++ % marks.length];
                    if (mark.equals(rs.getString(3))) {
                        mark = marks[(i + 1) % marks.length];
                    }
                    pairs.add(new AttendanceWrite(rs.getLong(1), rs.getLong(2), mark));
                }
            }
        }
        return pairs;
    }

    /** Learners not in sessions open for enrolment. */
    static List<Booking> bookingPairs(Connection db, int most) throws SQLException {
        List<Booking> pairs = new ArrayList<>();
        try (var statement = db.prepareStatement("""
                select l.id, s.id from course_session s
                  cross join lateral (select l.id from learner l
                        where l.pseudonymised_at is null
                          and not exists (select 1 from enrolment e where e.learner_id = l.id and e.session_id = s.id)
                        order by l.id limit 40) l
                 where s.status = 'OPEN'
                 order by s.id, l.id limit ?""")) {
            statement.setInt(1, most);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new Booking(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        Collections.shuffle(pairs, new java.util.Random(42));
        return pairs;
    }

    static long countAttendance(Connection db, List<AttendanceWrite> writes, OffsetDateTime since) throws SQLException {
        long found = 0;
        try (var statement = db.prepareStatement("""
                select count(*) from attendance where meeting_id = ? and enrolment_id = ? and mark = ? and recorded_at >= ?""")) {
            for (AttendanceWrite write : List.copyOf(writes)) {
                statement.setLong(1, write.meeting());
                statement.setLong(2, write.enrolment());
                statement.setString(3, write.mark());
                statement.setObject(4, since.withOffsetSameInstant(ZoneOffset.UTC));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    found += rs.getLong(1);
                }
            }
        }
        return found;
    }

    /** The bookings stored (or, with duplicates, the rows beyond the first of each). */
    static long countBookings(Connection db, List<Booking> bookings, boolean duplicates) throws SQLException {
        long found = 0;
        try (var statement = db.prepareStatement("select count(*) from enrolment where learner_id = ? and session_id = ?")) {
            for (Booking booking : List.copyOf(bookings)) {
                statement.setLong(1, booking.learner());
                statement.setLong(2, booking.session());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    long rows = rs.getLong(1);
                    found += duplicates ? Math.max(0, rows - 1) : Math.min(1, rows);
                }
            }
        }
        return found;
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** One client: a browser's session cookie (and the balancer's stickiness cookie) and API calls. */
    static final class Client implements Runnable {
        final int number;
        final String user;
        final String base;
        final Figures figures;
        final AtomicBoolean stop;
        final List<AttendanceWrite> marks;
        final List<Booking> bookings;
        final CookieManager cookies = new CookieManager();
        final HttpClient http;
        final String basic;
        Instant failingSince;
        boolean signedIn;

        Client(int number, String user, String base, Figures figures, AtomicBoolean stop,
               List<AttendanceWrite> marks, List<Booking> bookings) {
            this.number = number;
            this.user = user;
            this.base = base;
            this.figures = figures;
            this.stop = stop;
            this.marks = marks;
            this.bookings = bookings;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).connectTimeout(Duration.ofSeconds(3))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            this.basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        boolean signedIn() {
            return signedIn;
        }

        String instance() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("PFE_INSTANCE"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("?");
        }

        /** Signs in on the login page, as a browser does (the form and its view state). */
        void signIn() throws IOException, InterruptedException {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET(), false);
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            if (!state.find()) {
                throw new IllegalStateException("No view state on the login page: " + page.statusCode());
            }
            // the CSP nonce of the page goes back with the form, as PrimeFaces' script sends it
            Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
            String form = "loginForm=loginForm&loginForm%3Ausername=" + enc(user) + "&loginForm%3Apassword=" + enc(PASSWORD)
                    + "&loginForm%3AsignIn=&jakarta.faces.ViewState=" + enc(state.group(1))
                    + (nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "");
            send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), false);
            signedIn = isSignedIn();
        }

        boolean isSignedIn() throws IOException, InterruptedException {
            HttpResponse<String> dashboard = send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).GET(), false);
            return dashboard.statusCode() == 200 && !dashboard.body().contains("id=\"loginForm\"");
        }

        /** Signed in still, asked until the balancer answers (an outage here is counted like any other). */
        boolean stillSignedIn() {
            for (int attempt = 0; attempt < 40; attempt++) {
                try {
                    HttpResponse<String> dashboard = send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).GET(), true);
                    if (dashboard.statusCode() < 500) {
                        return dashboard.statusCode() == 200 && !dashboard.body().contains("id=\"loginForm\"");
                    }
                } catch (IOException | InterruptedException e) {
                    // counted
                }
                pause(250);
            }
            return false;
        }

        @Override
        public void run() {
            int m = 0;
            int b = 0;
            int round = 0;
            while (!stop.get()) {
                round++;
                try {
                    if (m < marks.size()) {
                        writeAttendance(marks.get(m++));
                    }
                    if (round % 4 == 0 && b < bookings.size()) {
                        book(bookings.get(b++));
                    }
                    read(round);
                } catch (InterruptedException e) {
                    return;
                }
                pause(150);
            }
        }

        void writeAttendance(AttendanceWrite write) throws InterruptedException {
            String body = "{\"marks\":{\"" + write.enrolment() + "\":\"" + write.mark() + "\"}}";
            while (!stop.get()) {
                HttpResponse<String> response = api(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/"
                        + write.meeting() + "/attendance")).PUT(HttpRequest.BodyPublishers.ofString(body)), true);
                if (response == null || response.statusCode() >= 500) {
                    pause(250);
                    continue; // a PUT may be sent again
                }
                if (response.statusCode() < 300) {
                    figures.attendanceAcked.incrementAndGet();
                    figures.attendanceDone.add(write);
                } else {
                    refused(response);
                }
                return;
            }
        }

        void book(Booking booking) throws InterruptedException {
            String body = "{\"learner\":" + booking.learner() + ",\"session\":" + booking.session() + "}";
            boolean answerLost = false;
            while (!stop.get()) {
                HttpResponse<String> response = api(HttpRequest.newBuilder(URI.create(base + "/api/v1/enrolments"))
                        .POST(HttpRequest.BodyPublishers.ofString(body)), true);
                if (response == null || response.statusCode() >= 500) {
                    answerLost = true; // perhaps committed: sending it again tells
                    pause(250);
                    continue;
                }
                if (response.statusCode() < 300) {
                    figures.bookingsAcked.incrementAndGet();
                    figures.bookingsDone.add(booking);
                } else if (answerLost && response.statusCode() >= 400 && response.body().contains("enrolment.alreadyOpen")) {
                    figures.bookingsAcked.incrementAndGet();
                    figures.bookingsConfirmedBy409.incrementAndGet();
                    figures.bookingsDone.add(booking);
                } else {
                    refused(response);
                }
                return;
            }
        }

        void refused(HttpResponse<String> response) {
            figures.writesRefused.incrementAndGet();
            figures.refusals.putIfAbsent(response.statusCode(), response.body().length() > 300
                    ? response.body().substring(0, 300) : response.body());
        }

        void read(int round) throws InterruptedException {
            if (round % 3 == 0) {
                try {
                    send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).GET(), true); // the page session
                } catch (IOException e) {
                    // counted
                }
            } else if (!marks.isEmpty()) {
                AttendanceWrite any = marks.get(round % marks.size());
                api(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/" + any.meeting() + "/attendance")).GET(), false);
            }
        }

        HttpResponse<String> api(HttpRequest.Builder request, boolean write) throws InterruptedException {
            request.header("Authorization", basic).header("Content-Type", "application/json")
                    .header("Accept", "application/json");
            if (write) {
                figures.writesSent.incrementAndGet();
            }
            try {
                return send(request, true);
            } catch (IOException e) {
                return null;
            }
        }

        HttpResponse<String> send(HttpRequest.Builder request, boolean count) throws IOException, InterruptedException {
            figures.requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (count) {
                    if (response.statusCode() >= 500) {
                        figures.fiveXx.incrementAndGet();
                        failing();
                    } else {
                        recovered();
                    }
                }
                return response;
            } catch (IOException e) {
                if (count) {
                    figures.ioErrors.incrementAndGet();
                    failing();
                }
                throw e;
            }
        }

        void failing() {
            if (failingSince == null) {
                failingSince = Instant.now();
            }
        }

        void recovered() {
            if (failingSince != null) {
                long outage = Duration.between(failingSince, Instant.now()).toMillis();
                figures.longestOutageMillis.accumulateAndGet(outage, Math::max);
                figures.outageByClient.merge("client-" + number, outage, Math::max);
                failingSince = null;
            }
        }

        static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
