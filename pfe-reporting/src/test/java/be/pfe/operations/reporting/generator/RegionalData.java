package be.pfe.operations.reporting.generator;

import be.pfe.operations.devserver.LocalPostgres;
import be.pfe.operations.domain.schema.SchemaMigrations;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The regional-scale data set of the performance benchmark (issue 18): YEARS x CENTRES (default ten years of twenty
 * centres, beyond the four real ones synthetic SYNTH05...) with, per centre and year, some 1,050 new learners, 330
 * training sessions in 12 rooms with a trainer and a weekly pattern of two half-days over 5 to 8 weeks (their meetings,
 * a few cancelled), 16 enrolments per session on average (some waitlisted, some dropped out) and the attendance marks
 * of every meeting held so far, plus companies, placements, screenings and validation sessions for the yearly figures:
 * more than 1,000,000 enrolments, 200,000 learners and 10,000,000 attendance marks in all.
 *
 * <p>Deterministic from the seed. Streamed with PostgreSQL's COPY, one connection per table (nothing is held in
 * memory but the current centre-year); during the load the secondary indexes of the large tables are dropped and
 * the per-row triggers and foreign-key checks are off ({@code session_replication_role = replica}: the generator
 * writes consistent rows and the values the triggers would set, {@code cancelled_on} and {@code effective_on});
 * afterwards the summary the attendance triggers keep (attended_meetings, V19) is rebuilt in one statement, exactly
 * as the migration builds it, the indexes are created again, the sequences moved past the ids and everything
 * analysed. Adds two benchmark accounts (password pfe-demo-2042): {@code bench.admin} (administrator) and
 * {@code bench.staff} (Technicity staff).
 *
 * <p>Usage: {@code RegionalData [--years 10] [--centres 20] [--seed 42] [--last-year Y] [--reuse] (--url JDBC_URL
 * [--user U] [--password P] | --pgdata DIR --db-port PORT [--serve])}. With {@code --pgdata} a local PostgreSQL is
 * started on that data directory; {@code --serve} keeps it running (until the process is stopped) after the load
 * and after creating an empty database {@code pfe_cold} for a cold start. {@code --reuse} skips the load when the
 * database already holds the data set.
 */
public final class RegionalData {

    private static final String[] SYLLABLES = {"ba", "de", "ma", "ro", "li", "van", "el", "ou", "ka", "mer", "ten",
            "sa", "jan", "dub", "pe", "ter", "bo", "nic", "ham", "di", "la", "ve", "zi", "gor", "an", "mo", "ste", "wou"};
    private static final String[] GIVEN = {"Sarah", "Mohamed", "Emma", "Lucas", "Amina", "Noah", "Lina", "Adam", "Ines",
            "Louis", "Yasmine", "Arthur", "Fatima", "Jules", "Aya", "Victor", "Nora", "Milan", "Hugo", "Zoë", "Rayan",
            "Léa", "Sami", "Olivia", "Youssef", "Camille", "Bilal", "Elif", "Jonas", "Marie", "Ibrahim", "Nina", "Tom",
            "Salma", "Eva", "Karim", "Anouk", "Mehdi", "Julie", "Omar"};
    private static final String[] ENTRY = {"JOBSEEKER_ACTIRIS", "JOBSEEKER_ACTIRIS", "JOBSEEKER_ACTIRIS",
            "JOBSEEKER_ACTIRIS", "JOBSEEKER_VDAB", "WORKER", "WORKER_AT_RISK", "STUDENT", "ENTREPRENEUR"};
    private static final String[] EDUCATION = {"NONE", "PRIMARY", "LOWER_SECONDARY", "LOWER_SECONDARY", "UPPER_SECONDARY",
            "UPPER_SECONDARY", "HIGHER"};
    private static final String[] SECTORS = {"TECHNOLOGY_INDUSTRY", "DIGITAL", "TRANSPORT_LOGISTICS", "CONSTRUCTION"};
    private static final String[] FUNDS = {"FRM_BRUSSELS", "CEFORA", "FSTL", "CONSTRUCTION_SECTOR"};
    private static final DayOfWeek[][] PATTERNS = {
            {DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY}, {DayOfWeek.TUESDAY, DayOfWeek.THURSDAY},
            {DayOfWeek.MONDAY, DayOfWeek.THURSDAY}, {DayOfWeek.TUESDAY, DayOfWeek.FRIDAY},
            {DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY}};
    /** Password pfe-demo-2042 (the demonstration accounts' hash, db/demo/V900). */
    private static final String BENCH_HASH =
            "pbkdf2-sha256$210000$gMGtN5NEhNxgYjnVPuXpzA==$UFw/Rep0YxptJrr/w9NPZL5lzU+JsLREKO1ywrB5Qzs=";
    /** The large tables: written by COPY with their secondary indexes dropped, in this order. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("course", "id, code, title_fr, title_nl, title_en, sector, duration_hours, providing_partner_id, kind");
        COLUMNS.put("room", "id, centre_id, code, name, room_type, seat_capacity");
        COLUMNS.put("trainer", "id, code, name, partner_id");
        COLUMNS.put("trainer_centre", "trainer_id, centre_id");
        COLUMNS.put("trainer_qualification", "trainer_id, course_id");
        COLUMNS.put("trainer_availability", "trainer_id, day_of_week, start_time, end_time");
        COLUMNS.put("company", "id, enterprise_number, name, sector");
        COLUMNS.put("learner", "id, family_name, given_name, name_key, birth_date, language, entry_status, education_level,"
                + " registered_at_centre_id");
        COLUMNS.put("course_session", "id, course_id, centre_id, room_id, start_date, end_date, seat_capacity,"
                + " teaching_language, status, cancelled_on, cancellation_reason");
        COLUMNS.put("session_weekly_slot", "session_id, day_of_week, start_time, end_time");
        COLUMNS.put("session_trainer", "session_id, trainer_id");
        COLUMNS.put("session_seat_plan", "session_id, waitlist_priority");
        COLUMNS.put("meeting", "id, session_id, meeting_date, start_time, end_time, status, cancellation_reason");
        COLUMNS.put("enrolment", "id, learner_id, session_id, partner_id, status, applied_on, seat, arrival,"
                + " target_groups, outcome_date, outcome_reason");
        COLUMNS.put("enrolment_transition", "id, enrolment_id, step_number, session_id, from_status, to_status,"
                + " occurred_at, actor, effective_on");
        COLUMNS.put("attendance", "meeting_id, enrolment_id, mark, recorded_by, recorded_at");
        COLUMNS.put("placement", "id, learner_id, company_id, centre_id, enrolment_id, placement_type, start_date,"
                + " end_date, hours, status, ended_early_on, end_reason, recorded_by");
        COLUMNS.put("screening", "id, learner_id, centre_id, course_id, screened_on, assessor, recommendation, recorded_by");
        COLUMNS.put("validation_candidate", "id, session_id, learner_id, result, certificate_number, certificate_date,"
                + " recorded_by");
    }

    private final SplittableRandom random;
    private final int years;
    private final int centres;
    private final int lastYear;
    private final LocalDate today = LocalDate.now();
    private final Map<String, Long> nextIds = new HashMap<>();
    private final Map<String, Sink> sinks = new LinkedHashMap<>();
    private final Set<String> learnerKeys = new HashSet<>();
    private long arrival;

    RegionalData(long seed, int years, int centres, int lastYear) {
        this.random = new SplittableRandom(seed);
        this.years = years;
        this.centres = centres;
        this.lastYear = lastYear;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        RegionalData data = new RegionalData(Long.parseLong(options.getOrDefault("seed", "42")),
                Integer.parseInt(options.getOrDefault("years", "10")), Integer.parseInt(options.getOrDefault("centres", "20")),
                Integer.parseInt(options.getOrDefault("last-year", Integer.toString(LocalDate.now().getYear()))));
        boolean reuse = options.containsKey("reuse");
        if (options.containsKey("pgdata")) {
            LocalPostgres postgres = LocalPostgres.startKeeping(Path.of(options.get("pgdata")),
                    Integer.parseInt(options.getOrDefault("db-port", "17081")));
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "regional-postgres-stop"));
            data.load(postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD, reuse);
            if (options.containsKey("serve")) {
                String cold = postgres.jdbcUrl().replaceAll("/pfe$", "/postgres");
                try (Connection connection = DriverManager.getConnection(cold, LocalPostgres.USER, LocalPostgres.PASSWORD);
                     Statement statement = connection.createStatement()) {
                    statement.execute("drop database if exists pfe_cold");
                    statement.execute("create database pfe_cold encoding 'UTF8'");
                }
                System.out.println("SERVING " + postgres.jdbcUrl());
                System.out.flush();
                Thread.currentThread().join();
            }
        } else {
            data.load(options.get("url"), options.getOrDefault("user", LocalPostgres.USER),
                    options.getOrDefault("password", LocalPostgres.PASSWORD), reuse);
        }
    }

    void load(String url, String user, String password, boolean reuse) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        long started = System.nanoTime();
        SchemaMigrations.migrate(dataSource);
        try (Connection main = dataSource.getConnection()) {
            if (reuse && single(main, "select count(*) from enrolment") >= 1_000_000L) {
                System.out.println("regional data already present: kept");
                report(main, started);
                return;
            }
            main.setAutoCommit(false);
            List<String[]> indexes = dropIndexes(main);
            main.commit();
            for (String table : COLUMNS.keySet()) {
                if (COLUMNS.get(table).startsWith("id,")) {
                    nextIds.put(table, single(main, "select coalesce(max(id), 0) + 1 from " + table));
                }
            }
            arrival = single(main, "select nextval('enrolment_arrival_seq')");
            Map<String, Long> partners = new HashMap<>();
            try (Statement statement = main.createStatement();
                 ResultSet result = statement.executeQuery("select code, id from partner_organisation")) {
                while (result.next()) {
                    partners.put(result.getString(1), result.getLong(2));
                }
            }
            List<long[]> centreIds = centres(main);
            main.commit();
            for (String table : COLUMNS.keySet()) {
                sinks.put(table, new Sink(dataSource, table, COLUMNS.get(table)));
            }
            for (int c = 0; c < centreIds.size(); c++) {
                generateCentre(c, centreIds.get(c)[0], partners);
            }
            for (Sink sink : sinks.values()) {
                sink.finish();
            }
            long loaded = System.nanoTime();
            System.err.printf("rows written in %.1f s; now indexes, summaries, statistics%n", (loaded - started) / 1e9);
            try (Statement statement = main.createStatement()) {
                statement.execute("set work_mem = '256MB'");
                statement.execute("set maintenance_work_mem = '512MB'");
                // consistent by construction: no foreign-key check per summary row
                statement.execute("set session_replication_role = replica");
                statement.execute("delete from attended_meetings");
                // exactly as V19 builds it from the marks (its triggers were off during the load)
                statement.execute("""
                        insert into attended_meetings (session_id, month, length, enrolment_id, meetings)
                        select m.session_id, cast(date_trunc('month', m.meeting_date) as date), m.end_time - m.start_time,
                               a.enrolment_id, count(*)
                        from attendance a
                        join meeting m on m.id = a.meeting_id
                        where a.mark in ('PRESENT', 'LATE') and m.status = 'SCHEDULED'
                        group by 1, 2, 3, 4""");
                // the indexes after the summary (whose own secondary indexes are among them)
                for (String[] index : indexes) {
                    statement.execute(index[1]);
                }
                statement.execute("set session_replication_role = origin");
                statement.execute("delete from yearly_snapshot");
                for (String table : COLUMNS.keySet()) {
                    if (COLUMNS.get(table).startsWith("id,")) {
                        statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                                + "(select coalesce(max(id), 1) from " + table + "))");
                    }
                }
                statement.execute("select setval('enrolment_arrival_seq', " + (arrival + 1) + ")");
                users(statement);
            }
            main.commit();
            main.setAutoCommit(true);
            try (Statement statement = main.createStatement()) {
                statement.execute("vacuum analyze");
            }
            System.err.printf("indexes, summary and statistics in %.1f s%n", (System.nanoTime() - loaded) / 1e9);
            report(main, started);
        }
    }

    private static void report(Connection main, long started) throws SQLException {
        for (String table : List.of("centre", "room", "trainer", "course", "learner", "course_session",
                "session_weekly_slot", "meeting", "enrolment", "enrolment_transition", "attendance", "attended_meetings",
                "placement", "screening", "validation_candidate")) {
            System.out.printf("%-22s %,12d%n", table, single(main, "select count(*) from " + table));
        }
        System.out.printf("%-22s %12.1f%n", "seconds", (System.nanoTime() - started) / 1e9);
    }

    private static void users(Statement statement) throws SQLException {
        statement.execute("insert into user_account (username, display_name, password_hash) values "
                + "('bench.admin', 'Benchmark administrator', '" + BENCH_HASH + "'), "
                + "('bench.staff', 'Benchmark staff (Technicity)', '" + BENCH_HASH + "') on conflict (username) do nothing");
        statement.execute("""
                insert into user_role (user_id, role, centre_code)
                select u.id, r.role, r.centre from user_account u
                join (values ('bench.admin', 'ADMINISTRATOR', null), ('bench.staff', 'CENTRE_STAFF', 'TECHNICITY'))
                    as r (username, role, centre) on r.username = u.username
                where not exists (select 1 from user_role given where given.user_id = u.id)""");
    }

    /** Drops the secondary indexes (not those of constraints) of the large tables; returns their definitions. */
    private static List<String[]> dropIndexes(Connection connection) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     select i.indexname, i.indexdef from pg_indexes i
                     where i.schemaname = 'public' and i.tablename in ('learner', 'course_session', 'session_weekly_slot',
                         'session_trainer', 'meeting', 'enrolment', 'enrolment_transition', 'attendance',
                         'attended_meetings', 'placement', 'screening', 'validation_candidate')
                       and not exists (select 1 from pg_constraint c
                                       where c.conindid = ('public.' || quote_ident(i.indexname))::regclass)""")) {
            while (result.next()) {
                found.add(new String[] {result.getString(1), result.getString(2)});
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String[] index : found) {
                statement.execute("drop index " + index[0]);
            }
        }
        return found;
    }

    /** Centre ids (the four, then synthetic ones), with their rooms, trainers and courses written to the sinks later. */
    private List<long[]> centres(Connection connection) throws SQLException {
        List<long[]> found = new ArrayList<>();
        String[] codes = {"TECHNICITY", "DIGITALCITY", "LOGISTICITY", "CONSTRUCITY"};
        for (int i = 0; i < centres; i++) {
            String code = i < 4 ? codes[i] : "SYNTH%02d".formatted(i + 1);
            if (i >= 4) {
                try (var insert = connection.prepareStatement("insert into centre (code, name, sector, site, operating_since) "
                        + "values (?, ?, ?, 'Bruxelles', 2015) on conflict (code) do nothing")) {
                    insert.setString(1, code);
                    insert.setString(2, "Synthcity %02d".formatted(i + 1));
                    insert.setString(3, SECTORS[i % 4]);
                    insert.executeUpdate();
                }
            }
            found.add(new long[] {single(connection, "select id from centre where code = '" + code + "'")});
        }
        return found;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private long id(String table) {
        long id = nextIds.get(table);
        nextIds.put(table, id + 1);
        return id;
    }

    private void row(String table, Object... values) {
        sinks.get(table).row(values);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private record Course(long id, long provider, boolean vdab) {
    }

    private void generateCentre(int index, long centre, Map<String, Long> partners) {
        String code = index < 4 ? new String[] {"TECHNICITY", "DIGITALCITY", "LOGISTICITY", "CONSTRUCITY"}[index]
                : "SYNTH%02d".formatted(index + 1);
        String sector = SECTORS[index % 4];
        String fund = FUNDS[index % 4];
        List<Course> training = new ArrayList<>();
        for (int c = 0; c < 15; c++) {
            int kind = random.nextInt(10);
            String provider = kind < 6 ? "BRUXELLES_FORMATION" : kind < 8 ? fund : "VDAB_BRUSSEL";
            long course = id("course");
            row("course", course, "R%s-%02d".formatted(code, c), "Formation régionale %s %d".formatted(code, c),
                    "Regionale opleiding %s %d".formatted(code, c), "Regional training %s %d".formatted(code, c), sector,
                    80 + 20 * random.nextInt(20), partners.get(provider), "TRAINING");
            training.add(new Course(course, partners.get(provider), provider.equals("VDAB_BRUSSEL")));
        }
        List<Long> units = new ArrayList<>();
        for (int u = 0; u < 3; u++) {
            long unit = id("course");
            row("course", unit, "R%s-V%d".formatted(code, u), "Titre de compétence %s %d".formatted(code, u), null, null,
                    sector, 8, partners.get("BRUXELLES_FORMATION"), "VALIDATION");
            units.add(unit);
        }
        List<Long> rooms = new ArrayList<>();
        for (int r = 0; r < 12; r++) {
            long room = id("room");
            row("room", room, centre, "R%02d".formatted(r + 1), "Local %s %d".formatted(code, r + 1),
                    r < 4 ? "WORKSHOP" : r < 8 ? "LAB" : "CLASSROOM", 16 + 2 * random.nextInt(5));
            rooms.add(room);
        }
        List<Long> trainers = new ArrayList<>();
        for (int t = 0; t < 25; t++) {
            long trainer = id("trainer");
            row("trainer", trainer, "RT-%s-%02d".formatted(code, t), "Formateur %s %d".formatted(code, t),
                    partners.get(t % 5 == 0 ? fund : "BRUXELLES_FORMATION"));
            row("trainer_centre", trainer, centre);
            for (Course course : training) {
                if (random.nextInt(3) == 0) {
                    row("trainer_qualification", trainer, course.id());
                }
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getValue() <= 5) {
                    row("trainer_availability", trainer, day, "08:30", "17:00");
                }
            }
            trainers.add(trainer);
        }
        List<Long> companies = new ArrayList<>();
        for (int c = 0; c < 25; c++) {
            long company = id("company");
            long number = 500_000_000L + index * 1_000_000L + company;
            row("company", company, "0%09d".formatted(number % 1_000_000_000L), "Entreprise %s %d".formatted(code, c), sector);
            companies.add(company);
        }
        for (int year = lastYear - years + 1; year <= lastYear; year++) {
            generateYear(centre, year, training, units, rooms, trainers, companies, partners);
        }
    }

    private String familyName() {
        int parts = 2 + random.nextInt(2);
        StringBuilder name = new StringBuilder();
        for (int p = 0; p < parts; p++) {
            name.append(pick(SYLLABLES));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private void generateYear(long centre, int year, List<Course> training, List<Long> units, List<Long> rooms,
                              List<Long> trainers, List<Long> companies, Map<String, Long> partners) {
        List<long[]> learners = new ArrayList<>();  // id, jobseeker (1/0)
        List<String> groups = new ArrayList<>();
        for (int l = 0; l < 1050; l++) {
            long learner = id("learner");
            String family = familyName();
            String given = pick(GIVEN);
            LocalDate birth;
            String nameKey = key(family) + "|" + key(given);
            do {
                birth = LocalDate.of(year - 18 - random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            } while (!learnerKeys.add(nameKey + birth));
            String entry = pick(ENTRY);
            String education = pick(EDUCATION);
            row("learner", learner, family, given, nameKey, birth, random.nextInt(5) == 0 ? "NL" : "FR", entry, education,
                    centre);
            boolean jobseeker = entry.startsWith("JOBSEEKER");
            int age = year - birth.getYear();
            List<String> set = new ArrayList<>();
            if (age <= 29) {
                set.add("YOUNG");
                if (jobseeker) {
                    set.add("NEET");
                }
            }
            if (education.equals("NONE") || education.equals("PRIMARY") || education.equals("LOWER_SECONDARY")) {
                set.add("LOW_SKILLED");
            }
            if (jobseeker) {
                set.add("JOBSEEKER");
            }
            if (entry.equals("WORKER_AT_RISK")) {
                set.add("WORKER_AT_RISK");
            }
            learners.add(new long[] {learner, jobseeker ? 1 : 0});
            groups.add(String.join(",", set));
        }
        LocalDate closedBefore = today.minusWeeks(1);
        for (int s = 0; s < 330; s++) {
            Course course = training.get(random.nextInt(training.size()));
            LocalDate start = LocalDate.of(year, 1, 2).plusDays(random.nextInt(350));
            DayOfWeek[] pattern = PATTERNS[random.nextInt(PATTERNS.length)];
            boolean morning = random.nextBoolean();
            String from = morning ? "09:00" : "13:00";
            String to = morning ? "12:30" : "16:30";
            LocalDate end = start.plusWeeks(5 + random.nextInt(4)).minusDays(1);
            int seats = 12 + random.nextInt(9);
            int fate = random.nextInt(100);
            String status = fate < 3 ? "CANCELLED" : end.isBefore(closedBefore) ? "CLOSED"
                    : start.isAfter(today) ? "OPEN" : "RUNNING";
            LocalDate cancelledOn = fate < 2 ? start.minusDays(10) : fate < 3 ? start.plusWeeks(2) : null;
            long session = id("course_session");
            row("course_session", session, course.id(), centre, rooms.get(random.nextInt(rooms.size())), start, end, seats,
                    course.vdab() || random.nextInt(10) == 0 ? "NL" : "FR", status, cancelledOn,
                    cancelledOn == null ? null : "generated");
            for (DayOfWeek day : pattern) {
                row("session_weekly_slot", session, day, from, to);
            }
            row("session_trainer", session, trainers.get(random.nextInt(trainers.size())));
            row("session_seat_plan", session, "ARRIVAL");
            // the meetings: id, day, held (attendance taken: scheduled and past)
            List<long[]> meetings = new ArrayList<>();
            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                if (day.getDayOfWeek() != pattern[0] && day.getDayOfWeek() != pattern[1]) {
                    continue;
                }
                if (cancelledOn != null && !day.isBefore(cancelledOn)) {
                    break;
                }
                boolean cancelled = random.nextInt(50) == 0;
                long meeting = id("meeting");
                row("meeting", meeting, session, day, from, to, cancelled ? "CANCELLED" : "SCHEDULED",
                        cancelled ? "generated" : null);
                meetings.add(new long[] {meeting, day.toEpochDay(), !cancelled && day.isBefore(today) ? 1 : 0});
            }
            int enrolled = Math.min(seats, 10 + random.nextInt(seats));
            Set<Integer> picked = new HashSet<>();
            List<long[]> attending = new ArrayList<>();   // enrolment, last day (epoch) attended
            for (int e = 0; e < enrolled + 2; e++) {
                int pickIndex = random.nextInt(learners.size());
                if (!picked.add(pickIndex)) {
                    continue;
                }
                long[] learner = learners.get(pickIndex);
                long enrolment = id("enrolment");
                boolean waitlisted = e >= enrolled;
                String enrolmentStatus = waitlisted ? "WAITLISTED" : cancelledOn != null ? "SESSION_CANCELLED"
                        : random.nextInt(100) < 10 && start.isBefore(today) ? "DROPPED_OUT"
                        : status.equals("CLOSED") ? "COMPLETED" : "ENROLLED";
                LocalDate dropped = enrolmentStatus.equals("DROPPED_OUT")
                        ? start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1)) : null;
                LocalDate applied = start.minusWeeks(4);
                row("enrolment", enrolment, learner[0], session,
                        partners.get(learner[1] == 1 ? "ACTIRIS" : "BRUXELLES_FORMATION"), enrolmentStatus, applied,
                        waitlisted || cancelledOn != null ? null : "POOL", arrival++, groups.get(pickIndex),
                        dropped != null ? dropped : cancelledOn, dropped != null ? "left" : cancelledOn != null ? "generated" : null);
                if (dropped != null) {
                    // the step that gave the seat (a drop-out still counts as an occupant: docs/counting-rules.md)
                    LocalDate admitted = start.minusWeeks(2);
                    row("enrolment_transition", id("enrolment_transition"), enrolment, 1, session, "SCREENED",
                            "ADMITTED", admitted + "T10:00:00+01", "generator", admitted);
                }
                if (!waitlisted && !enrolmentStatus.equals("SESSION_CANCELLED")) {
                    attending.add(new long[] {enrolment, dropped == null ? Long.MAX_VALUE : dropped.toEpochDay()});
                } else if (!waitlisted && cancelledOn != null) {
                    attending.add(new long[] {enrolment, cancelledOn.toEpochDay() - 1});
                }
                if (!waitlisted && random.nextInt(40) == 0) {
                    LocalDate placementStart = end.plusDays(7);
                    boolean early = random.nextInt(8) == 0;
                    row("placement", id("placement"), learner[0], companies.get(random.nextInt(companies.size())), centre,
                            enrolment, pick(new String[] {"INDIVIDUAL_VOCATIONAL", "WORK_EXPERIENCE", "DUAL"}),
                            placementStart, placementStart.plusWeeks(4 + random.nextInt(20)), 80 + random.nextInt(400),
                            random.nextInt(15) == 0 ? "DRAFT" : early ? "ENDED_EARLY" : "COMPLETED",
                            early ? placementStart.plusWeeks(2) : null, early ? "ended early" : null, "generator");
                }
            }
            // the marks, meeting by meeting (the order of the attendance table's key)
            for (long[] meeting : meetings) {
                if (meeting[2] == 0) {
                    continue;
                }
                for (long[] enrolment : attending) {
                    if (meeting[1] > enrolment[1]) {
                        continue;
                    }
                    int mark = random.nextInt(20);
                    row("attendance", meeting[0], enrolment[0], mark < 15 ? "PRESENT" : mark < 17 ? "LATE"
                            : mark < 19 ? "ABSENT" : "EXCUSED", "generator", LocalDate.ofEpochDay(meeting[1]) + "T12:30:00+01");
                }
            }
        }
        for (int v = 0; v < 10; v++) {
            LocalDate day = LocalDate.of(year, 1, 2).plusDays(random.nextInt(360));
            long session = id("course_session");
            row("course_session", session, units.get(random.nextInt(units.size())), centre, rooms.get(0), day, day, 10,
                    "FR", day.isBefore(closedBefore) ? "CLOSED" : "PLANNED", null, null);
            row("session_seat_plan", session, "ARRIVAL");
            row("meeting", id("meeting"), session, day, "09:00", "12:00", "SCHEDULED", null);
            Set<Long> taken = new HashSet<>();
            int candidates = 4 + random.nextInt(7);
            for (int c = 0; c < candidates; c++) {
                long learner = learners.get(random.nextInt(learners.size()))[0];
                if (!taken.add(learner)) {
                    continue;
                }
                int result = random.nextInt(10);
                long candidate = id("validation_candidate");
                boolean passed = result < 6 && day.isBefore(today);
                row("validation_candidate", candidate, session, learner,
                        passed ? "PASSED" : !day.isBefore(today) ? "PENDING" : result < 8 ? "FAILED" : result < 9 ? "ABSENT"
                                : "PENDING", passed ? "R-" + candidate : null, passed ? day.plusDays(10) : null, "generator");
            }
        }
        for (int s = 0; s < 45; s++) {
            long learner = learners.get(random.nextInt(learners.size()))[0];
            row("screening", id("screening"), learner, centre, training.get(random.nextInt(training.size())).id(),
                    LocalDate.of(year, 1, 2).plusDays(random.nextInt(360)), "assessor",
                    pick(new String[] {"ADMIT", "ADMIT", "ADMIT_WITH_PREREQUISITES", "ORIENT_ELSEWHERE"}), "generator");
        }
    }

    /** One table's COPY, on a connection of its own without triggers or foreign-key checks, fed in blocks. */
    private static final class Sink {
        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);
        private final String table;
        private long rows;

        Sink(PGSimpleDataSource dataSource, String table, String columns) throws SQLException {
            this.table = table;
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                statement.execute("set synchronous_commit = off");
            }
            copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin with (format csv, null '')");
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                Object value = values[i];
                if (value != null) {
                    String text = value.toString();
                    buffer.append(text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                            ? '"' + text.replace("\"", "\"\"") + '"' : text);
                }
            }
            buffer.append('\n');
            rows++;
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + table + " failed", e);
            }
        }

        void finish() throws SQLException {
            flush();
            copy.endCopy();
            connection.commit();
            connection.close();
        }
    }
}
