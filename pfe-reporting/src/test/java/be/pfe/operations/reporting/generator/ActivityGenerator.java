package be.pfe.operations.reporting.generator;

import be.pfe.operations.devserver.LocalPostgres;
import be.pfe.operations.domain.schema.SchemaMigrations;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a database (brought up to date by the real migrations) with realistic activity of N years for M centres,
 * reproducibly: the same seed, years and centres give the same records. Beyond the four centres, synthetic ones
 * (SYNTH05, SYNTH06...) are added. Per centre and year: about 60 training sessions (a fifth in Dutch, some provided by
 * VDAB Brussel or a sector fund, a few cancelled before or after their start) with weekly meetings, about 1,000
 * enrolments with their attendance, 10 validation sessions with candidates, placements and screenings. Written with
 * PostgreSQL's COPY; ids are given here (after those already present) and the identity sequences moved past them.
 *
 * <p>Usage: {@code ActivityGenerator YEARS CENTRES SEED [LAST_YEAR] [JDBC_URL [USER [PASSWORD]]]}; without a URL a
 * throw-away PostgreSQL is started and only the counts are printed.
 */
public final class ActivityGenerator {

    private static final String[] FAMILY = {"Dubois", "Peeters", "Janssens", "Lambert", "El Amrani", "Diallo", "Nowak",
            "Martin", "Maes", "Yilmaz", "Claes", "Mertens", "Benali", "Leroy", "Ferreira", "Kabila", "Popescu", "Wouters"};
    private static final String[] GIVEN = {"Sarah", "Mohamed", "Emma", "Lucas", "Amina", "Noah", "Lina", "Adam", "Ines",
            "Louis", "Yasmine", "Arthur", "Fatima", "Jules", "Aya", "Victor", "Nora", "Milan"};
    private static final String[] ENTRY = {"JOBSEEKER_ACTIRIS", "JOBSEEKER_ACTIRIS", "JOBSEEKER_ACTIRIS",
            "JOBSEEKER_ACTIRIS", "JOBSEEKER_VDAB", "WORKER", "WORKER_AT_RISK", "STUDENT", "ENTREPRENEUR"};
    private static final String[] EDUCATION = {"NONE", "PRIMARY", "LOWER_SECONDARY", "LOWER_SECONDARY", "UPPER_SECONDARY",
            "UPPER_SECONDARY", "HIGHER"};
    private static final String[] SECTORS = {"TECHNOLOGY_INDUSTRY", "DIGITAL", "TRANSPORT_LOGISTICS", "CONSTRUCTION"};
    private static final String[] FUNDS = {"FRM_BRUSSELS", "CEFORA", "FSTL", "CONSTRUCTION_SECTOR"};

    private final SplittableRandom random;
    private final int years;
    private final int centres;
    private final int lastYear;
    private final Map<String, Long> nextIds = new LinkedHashMap<>();
    private final Map<String, StringBuilder> rows = new LinkedHashMap<>();
    private final Map<String, String> columns = new LinkedHashMap<>();

    public ActivityGenerator(long seed, int years, int centres, int lastYear) {
        if (years < 1 || centres < 1) {
            throw new IllegalArgumentException("years and centres must be at least 1");
        }
        this.random = new SplittableRandom(seed);
        this.years = years;
        this.centres = centres;
        this.lastYear = lastYear;
        table("course", "id, code, title_fr, title_nl, sector, duration_hours, providing_partner_id, kind");
        table("course_session", "id, course_id, centre_id, start_date, end_date, seat_capacity, teaching_language, status, cancelled_on");
        table("meeting", "id, session_id, meeting_date, start_time, end_time, status");
        table("learner", "id, family_name, given_name, name_key, birth_date, language, entry_status, education_level");
        table("enrolment", "id, learner_id, session_id, partner_id, status, applied_on, target_groups, outcome_date, outcome_reason");
        table("enrolment_transition", "id, enrolment_id, step_number, session_id, from_status, to_status, occurred_at, actor");
        table("attendance", "meeting_id, enrolment_id, mark, recorded_by, recorded_at");
        table("company", "id, enterprise_number, name, sector");
        table("placement", "id, learner_id, company_id, centre_id, enrolment_id, placement_type, start_date, end_date, hours, status, ended_early_on, end_reason, recorded_by");
        table("screening", "id, learner_id, centre_id, course_id, screened_on, assessor, recommendation, recorded_by");
        table("validation_candidate", "id, session_id, learner_id, result, certificate_number, certificate_date, recorded_by");
    }

    private void table(String name, String columnList) {
        columns.put(name, columnList);
        rows.put(name, new StringBuilder());
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ActivityGenerator YEARS CENTRES SEED [LAST_YEAR] [JDBC_URL [USER [PASSWORD]]]");
            System.exit(2);
        }
        int lastYear = args.length > 3 ? Integer.parseInt(args[3]) : LocalDate.now().getYear();
        ActivityGenerator generator = new ActivityGenerator(Long.parseLong(args[2]), Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), lastYear);
        if (args.length > 4) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(args[4]);
            dataSource.setUser(args.length > 5 ? args[5] : LocalPostgres.USER);
            dataSource.setPassword(args.length > 6 ? args[6] : LocalPostgres.PASSWORD);
            SchemaMigrations.migrate(dataSource);
            report(generator.fill(dataSource));
        } else {
            try (LocalPostgres postgres = LocalPostgres.startThrowAway()) {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(postgres.jdbcUrl());
                dataSource.setUser(LocalPostgres.USER);
                dataSource.setPassword(LocalPostgres.PASSWORD);
                SchemaMigrations.migrate(dataSource);
                report(generator.fill(dataSource));
            }
        }
    }

    private static void report(Map<String, Long> counts) {
        counts.forEach((table, count) -> System.out.printf("%-22s %,12d%n", table, count));
    }

    /** Generates and writes everything in one transaction; returns the rows written per table. */
    public Map<String, Long> fill(DataSource dataSource) throws SQLException, java.io.IOException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (String table : columns.keySet()) {
                if (!table.equals("attendance")) {
                    nextIds.put(table, single(connection, "select coalesce(max(id), 0) + 1 from " + table));
                }
            }
            List<Centre> all = centres(connection);
            Map<String, Long> partners = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select code, id from partner_organisation")) {
                while (result.next()) {
                    partners.put(result.getString(1), result.getLong(2));
                }
            }
            for (Centre centre : all) {
                generate(centre, partners);
            }
            Map<String, Long> written = new LinkedHashMap<>();
            PGConnection copier = connection.unwrap(PGConnection.class);
            for (Map.Entry<String, StringBuilder> table : rows.entrySet()) {
                long count = copier.getCopyAPI().copyIn("copy " + table.getKey() + " (" + columns.get(table.getKey())
                        + ") from stdin with (format csv, null '')", new StringReader(table.getValue().toString()));
                written.put(table.getKey(), count);
                table.getValue().setLength(0);
                if (!table.getKey().equals("attendance")) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("select setval(pg_get_serial_sequence('" + table.getKey() + "', 'id'), "
                                + "(select coalesce(max(id), 1) from " + table.getKey() + "))");
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            connection.commit();
            System.err.printf("generated %d years x %d centres in %.1f s%n", years, centres,
                    (System.nanoTime() - started) / 1e9);
            return written;
        }
    }

    private record Centre(long id, String code, String sector, int index) {
    }

    /** The four centres, then synthetic ones up to the number asked for (created once, found again later). */
    private List<Centre> centres(Connection connection) throws SQLException {
        List<Centre> found = new ArrayList<>();
        String[] codes = {"TECHNICITY", "DIGITALCITY", "LOGISTICITY", "CONSTRUCITY"};
        for (int i = 0; i < centres; i++) {
            String code = i < 4 ? codes[i] : "SYNTH%02d".formatted(i + 1);
            String sector = SECTORS[i % 4];
            if (i >= 4) {
                try (var insert = connection.prepareStatement("insert into centre (code, name, sector, site, operating_since) "
                        + "values (?, ?, ?, 'Bruxelles', 2019) on conflict (code) do nothing")) {
                    insert.setString(1, code);
                    insert.setString(2, "Synthcity %02d".formatted(i + 1));
                    insert.setString(3, sector);
                    insert.executeUpdate();
                }
            }
            found.add(new Centre(single(connection, "select id from centre where code = '" + code + "'"), code, sector, i));
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
        StringBuilder line = rows.get(table);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value != null) {
                String text = value.toString();
                // quoted: an empty text stays a text (unquoted, it would be null)
                line.append(text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                        ? '"' + text.replace("\"", "\"\"") + '"' : text);
            }
        }
        line.append('\n');
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private void generate(Centre centre, Map<String, Long> partners) {
        String fund = FUNDS[centre.index() % 4];
        List<long[]> training = new ArrayList<>();     // course id, provider id
        List<Long> units = new ArrayList<>();
        for (int c = 0; c < 15; c++) {
            int kind = random.nextInt(10);
            String provider = kind < 6 ? "BRUXELLES_FORMATION" : kind < 8 ? fund : "VDAB_BRUSSEL";
            long course = id("course");
            row("course", course, "G%s-%02d".formatted(centre.code(), c), "Formation %s %d".formatted(centre.code(), c),
                    "Opleiding %s %d".formatted(centre.code(), c), centre.sector(), 80 + 20 * random.nextInt(20),
                    partners.get(provider), "TRAINING");
            training.add(new long[] {course, partners.get(provider)});
        }
        for (int u = 0; u < 3; u++) {
            long unit = id("course");
            row("course", unit, "G%s-V%d".formatted(centre.code(), u), "Titre de compétence %s %d".formatted(centre.code(), u),
                    null, centre.sector(), 8, partners.get("BRUXELLES_FORMATION"), "VALIDATION");
            units.add(unit);
        }
        List<Long> companies = new ArrayList<>();
        for (int c = 0; c < 25; c++) {
            long company = id("company");
            long number = 400_000_000L + centre.index() * 1_000_000L + company;
            String digits = "0%09d".formatted(number % 1_000_000_000L);
            row("company", company, digits, "Entreprise %s %d".formatted(centre.code(), c), centre.sector());
            companies.add(company);
        }
        int firstYear = lastYear - years + 1;
        for (int year = firstYear; year <= lastYear; year++) {
            generateYear(centre, year, training, units, companies, partners);
        }
    }

    private void generateYear(Centre centre, int year, List<long[]> training, List<Long> units, List<Long> companies,
                              Map<String, Long> partners) {
        List<long[]> learners = new ArrayList<>();  // id, jobseeker (1/0)
        List<String> groups = new ArrayList<>();
        for (int l = 0; l < 900; l++) {
            long learner = id("learner");
            LocalDate birth = LocalDate.of(year - 18 - random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String entry = pick(ENTRY);
            String education = pick(EDUCATION);
            String family = pick(FAMILY);
            String given = pick(GIVEN);
            row("learner", learner, family, given, (family + " " + given + " " + learner).toLowerCase(), birth,
                    random.nextInt(5) == 0 ? "NL" : "FR", entry, education);
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
        for (int s = 0; s < 60; s++) {
            long[] course = training.get(random.nextInt(training.size()));
            boolean vdab = course[1] == partners.get("VDAB_BRUSSEL");
            LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            LocalDate end = start.plusWeeks(6 + random.nextInt(16));
            int seats = 12 + random.nextInt(9);
            int fate = random.nextInt(100);
            String status = fate < 3 ? "CANCELLED" : end.isBefore(LocalDate.of(lastYear, 6, 1)) ? "CLOSED" : "OPEN";
            LocalDate cancelledOn = fate < 2 ? start.minusDays(10) : fate < 3 ? start.plusWeeks(2) : null;
            long session = id("course_session");
            row("course_session", session, course[0], centre.id(), start, end, seats,
                    vdab || random.nextInt(10) == 0 ? "NL" : "FR", status, cancelledOn);
            List<long[]> meetings = meetings(session, start, end, cancelledOn);
            int enrolled = Math.min(seats, 8 + random.nextInt(seats));
            java.util.Set<Integer> picked = new java.util.HashSet<>();
            for (int e = 0; e < enrolled + 2; e++) {
                int pickIndex = random.nextInt(learners.size());
                if (!picked.add(pickIndex)) {
                    continue;
                }
                long[] learner = learners.get(pickIndex);
                long enrolment = id("enrolment");
                int outcome = random.nextInt(100);
                String enrolmentStatus = e >= enrolled ? "WAITLISTED"
                        : outcome < 10 ? "DROPPED_OUT" : status.equals("CLOSED") ? "COMPLETED" : "ENROLLED";
                LocalDate dropped = enrolmentStatus.equals("DROPPED_OUT")
                        ? start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1)) : null;
                row("enrolment", enrolment, learner[0], session, partners.get(learner[1] == 1 ? "ACTIRIS" : "BRUXELLES_FORMATION"),
                        enrolmentStatus, start.minusWeeks(4), groups.get(pickIndex), dropped, dropped == null ? null : "left");
                if (dropped != null) {
                    row("enrolment_transition", id("enrolment_transition"), enrolment, 1, session, "SCREENED", "ADMITTED",
                            start.minusWeeks(2) + "T10:00:00+01", "generator");
                }
                if (!enrolmentStatus.equals("WAITLISTED")) {
                    for (long[] meeting : meetings) {
                        if (dropped != null && meeting[1] > dropped.toEpochDay()) {
                            break;
                        }
                        int mark = random.nextInt(20);
                        row("attendance", meeting[0], enrolment, mark < 15 ? "PRESENT" : mark < 17 ? "LATE" : mark < 19 ? "ABSENT"
                                : "EXCUSED", "generator", start + "T12:00:00+01");
                    }
                }
                if (random.nextInt(40) == 0) {
                    LocalDate from = end.plusDays(7);
                    long placement = id("placement");
                    boolean early = random.nextInt(8) == 0;
                    row("placement", placement, learner[0], companies.get(random.nextInt(companies.size())), centre.id(),
                            enrolment, pick(new String[] {"INDIVIDUAL_VOCATIONAL", "WORK_EXPERIENCE", "DUAL"}), from,
                            from.plusWeeks(4 + random.nextInt(20)), 80 + random.nextInt(400),
                            random.nextInt(15) == 0 ? "DRAFT" : early ? "ENDED_EARLY" : "COMPLETED",
                            early ? from.plusWeeks(2) : null, early ? "ended early" : null, "generator");
                }
            }
        }
        for (int v = 0; v < 10; v++) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            long session = id("course_session");
            row("course_session", session, units.get(random.nextInt(units.size())), centre.id(), day, day, 10, "FR",
                    "CLOSED", null);
            meetings(session, day, day, null);
            int candidates = 4 + random.nextInt(7);
            java.util.Set<Long> taken = new java.util.HashSet<>();
            for (int c = 0; c < candidates; c++) {
                long learner = learners.get(random.nextInt(learners.size()))[0];
                if (!taken.add(learner)) {
                    continue;
                }
                int result = random.nextInt(10);
                long candidate = id("validation_candidate");
                boolean passed = result < 6;
                row("validation_candidate", candidate, session, learner,
                        passed ? "PASSED" : result < 8 ? "FAILED" : result < 9 ? "ABSENT" : "PENDING",
                        passed ? "G-" + candidate : null, passed ? day.plusDays(10) : null, "generator");
            }
        }
        for (int s = 0; s < 45; s++) {
            long learner = learners.get(random.nextInt(learners.size()))[0];
            row("screening", id("screening"), learner, centre.id(), training.get(random.nextInt(training.size()))[0],
                    LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)), "assessor",
                    pick(new String[] {"ADMIT", "ADMIT", "ADMIT_WITH_PREREQUISITES", "ORIENT_ELSEWHERE"}), "generator");
        }
    }

    /** Weekly meetings (Tuesdays, 9:00-12:30) from the start to the end, none after a cancellation: id and day. */
    private List<long[]> meetings(long session, LocalDate start, LocalDate end, LocalDate cancelledOn) {
        List<long[]> ids = new ArrayList<>();
        LocalDate day = start;
        while (day.getDayOfWeek() != DayOfWeek.TUESDAY && start.isBefore(end)) {
            day = day.plusDays(1);
        }
        if (start.equals(end)) {
            day = start;
        }
        for (; !day.isAfter(end); day = day.plusWeeks(1)) {
            if (cancelledOn != null && !day.isBefore(cancelledOn)) {
                break;
            }
            long meeting = id("meeting");
            row("meeting", meeting, session, day, "09:00", "12:30", "SCHEDULED");
            ids.add(new long[] {meeting, day.toEpochDay()});
        }
        return ids;
    }
}
