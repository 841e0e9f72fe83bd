package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.scheduling.history.Backdating;
import be.pfe.operations.testing.TestDatabase;
import be.pfe.operations.testing.history.PartnerFiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads three years of the four centres through the historical import (issue 16): the seeded partner files
 * ({@link PartnerFiles}, at least 20,000 enrolments by default, with their placements, validations and
 * screenings), read as CSV, dry-run and then applied row by row,
 * each row in a transaction of its own, on a real PostgreSQL started for the run (fresh: only the migrations).
 * Prints the time of the dry run and of the import, and checks that every row was applied and that the report's
 * first line for each centre and year is the one computed from the files. Goal from the issue: the load in less than
 * 2 minutes on 2 cores.
 *
 * <p>Arguments: enrolments per centre and year (default 1,700), last year (default last year).
 */
public final class HistoryImportBenchmark {

    private static final List<String> CENTRES = List.of("TECHNICITY", "DIGITALCITY", "LOGISTICITY", "CONSTRUCITY");

    private HistoryImportBenchmark() {
    }

    public static void main(String[] args) {
        int perCentreYear = args.length > 0 ? Integer.parseInt(args[0]) : 1_700;
        int lastYear = args.length > 1 ? Integer.parseInt(args[1]) : LocalDate.now().getYear() - 1;
        List<Integer> years = List.of(lastYear - 2, lastYear - 1, lastYear);
        Clock clock = Clock.system(Clocks.BRUSSELS);
        TestDatabase database = TestDatabase.shared();
        PartnerFiles files = PartnerFiles.generate(2016, "BENCH", years, CENTRES, perCentreYear,
                LocalDate.now(clock));
        System.out.printf("history import benchmark: years %s, %d centres, %d sessions, %d enrolments, %d placements, "
                        + "%d validation candidates, %d screenings, %d cores%n",
                years, CENTRES.size(), files.sessions().size(), files.enrolments().size(), files.placements().size(),
                files.candidates().size(), files.screenings().size(), Runtime.getRuntime().availableProcessors());
        Map<String, java.util.Optional<Long>> codes = new java.util.HashMap<>();
        HistoryImport.Rows rows = new HistoryImport.Rows() {
            @Override
            public HistoryRow check(HistoryKind kind, SourceRow row, Set<String> pending) {
                return database.inTransaction(em -> new HistoryRows(em, clock, Backdating.DEFAULT_WINDOW_DAYS, null, codes)
                        .check(kind, row, pending));
            }

            @Override
            public HistoryRow write(HistoryKind kind, SourceRow row, String actor) {
                return database.inTransaction(em -> new HistoryRows(em, clock, Backdating.DEFAULT_WINDOW_DAYS, null, codes)
                        .write(kind, row, actor));
            }
        };
        List<Map.Entry<HistoryKind, byte[]>> uploads = new ArrayList<>();
        uploads.add(Map.entry(HistoryKind.COURSES, files.coursesCsv()));
        uploads.add(Map.entry(HistoryKind.SESSIONS, files.sessionsCsv()));
        files.learnersCsv(5_000).forEach(file -> uploads.add(Map.entry(HistoryKind.LEARNERS, file)));
        files.enrolmentsCsv(5_000).forEach(file -> uploads.add(Map.entry(HistoryKind.ENROLMENTS, file)));
        uploads.add(Map.entry(HistoryKind.COMPANIES, files.companiesCsv()));
        uploads.add(Map.entry(HistoryKind.PLACEMENTS, files.placementsCsv()));
        uploads.add(Map.entry(HistoryKind.VALIDATIONS, files.validationsCsv()));
        uploads.add(Map.entry(HistoryKind.SCREENINGS, files.screeningsCsv()));

        long start = System.nanoTime();
        Set<String> pending = new HashSet<>();
        long refusedInDryRun = 0;
        for (Map.Entry<HistoryKind, byte[]> upload : uploads) {
            refusedInDryRun += HistoryImport.dryRun(upload.getKey(), HistoryImport.rows(upload.getKey(),
                    upload.getValue()), rows, pending).count(HistoryOutcome.ERROR);
        }
        double dryRun = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        long applied = 0;
        long refused = 0;
        Map<HistoryKind, Double> seconds = new java.util.EnumMap<>(HistoryKind.class);
        for (Map.Entry<HistoryKind, byte[]> upload : uploads) {
            long kindStart = System.nanoTime();
            HistoryReport report = HistoryImport.run(upload.getKey(), upload.getValue(), rows, "benchmark");
            seconds.merge(upload.getKey(), (System.nanoTime() - kindStart) / 1e9, Double::sum);
            applied += report.count(HistoryOutcome.NEW) + report.count(HistoryOutcome.LINKED);
            refused += report.count(HistoryOutcome.ERROR);
            if (report.count(HistoryOutcome.ERROR) > 0) {
                report.rows().stream().filter(row -> row.outcome() == HistoryOutcome.ERROR).limit(3)
                        .forEach(row -> System.out.println("  refused " + upload.getKey() + " row " + row.row() + ": "
                                + row.errors()));
            }
        }
        double load = (System.nanoTime() - start) / 1e9;
        seconds.forEach((kind, time) -> System.out.printf("  %s: %.1f s%n", kind, time));
        System.out.printf("dry run: %.1f s (%d rows refused); import: %.1f s, %d rows applied, %d refused "
                + "(goal: under 120 s)%n", dryRun, refusedInDryRun, load, applied, refused);
        start = System.nanoTime();
        HistoryReport again = HistoryImport.run(HistoryKind.ENROLMENTS, files.enrolmentsCsv(5_000).get(0), rows,
                "benchmark");
        System.out.printf("re-import of %d enrolment rows: %d unchanged in %.1f s%n", again.rows().size(),
                again.count(HistoryOutcome.UNCHANGED), (System.nanoTime() - start) / 1e9);
        Map<String, long[]> expected = files.expected(years, CENTRES);
        long total = expected.values().stream().mapToLong(line -> line[0]).sum();
        long counted = database.inTransaction(em -> ((Number) em.createNativeQuery("""
                select count(*) from enrolment e join external_reference r on r.kind = 'ENROLMENTS'
                and r.internal_id = e.id where r.source = ?""").setParameter(1, PartnerFiles.SOURCE)
                .getSingleResult()).longValue());
        System.out.printf("enrolments stored: %d; training spots expected over the three years: %d%n", counted, total);
        System.exit(refused == 0 && refusedInDryRun == 0 ? 0 : 1);
    }
}
