package be.pfe.operations.reporting.yearly.document;

import be.pfe.operations.devserver.LocalPostgres;
import be.pfe.operations.domain.schema.SchemaMigrations;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.generator.ActivityGenerator;
import be.pfe.operations.reporting.yearly.YearlyFigures;
import be.pfe.operations.reporting.yearly.YearlyLine;
import be.pfe.operations.reporting.yearly.YearlyQuery;
import be.pfe.operations.reporting.yearly.YearlyReport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.ByteArrayOutputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times the yearly figures and documents on generated activity: for each number of centres, a fresh PostgreSQL filled
 * by {@link ActivityGenerator} (10 years by default), then, warm, several runs of: the figures of one centre and of all
 * centres (the report with its breakdowns and occupancy), and the PDF and XLSX of each (figures included). Prints the
 * median and the maximum. Goals from the issue: figures under 300 ms, documents under 5 s on 2 cores.
 *
 * <p>Usage: {@code YearlyReportBenchmark [YEARS] [SEED] [RUNS] CENTRES...} (defaults 10, 42, 7, then 4 and 20).
 */
public final class YearlyReportBenchmark {

    private YearlyReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<Integer> centreCounts = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            centreCounts.add(Integer.parseInt(args[i]));
        }
        if (centreCounts.isEmpty()) {
            centreCounts = List.of(4, 20);
        }
        int lastYear = 2025;
        ReportTexts texts = BundleTexts.of("fr");
        for (int centres : centreCounts) {
            try (LocalPostgres postgres = LocalPostgres.startThrowAway()) {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(postgres.jdbcUrl());
                dataSource.setUser(LocalPostgres.USER);
                dataSource.setPassword(LocalPostgres.PASSWORD);
                SchemaMigrations.migrate(dataSource);
                System.out.printf("%n== %d years x %d centres (seed %d), year %d ==%n", years, centres, seed, lastYear);
                long started = System.nanoTime();
                Map<String, Long> written = new ActivityGenerator(seed, years, centres, lastYear).fill(dataSource);
                System.out.printf("generated in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, written);
                EntityManagerFactory factory = Persistence.createEntityManagerFactory("pfe", Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                        "jakarta.persistence.jdbc.url", postgres.jdbcUrl(),
                        "jakarta.persistence.jdbc.user", LocalPostgres.USER,
                        "jakarta.persistence.jdbc.password", LocalPostgres.PASSWORD,
                        "eclipselink.logging.level", "WARNING"));
                EntityManager em = factory.createEntityManager();
                YearlyFigures figures = new YearlyFigures(em);
                YearlyQuery one = YearlyQuery.of(Year.of(lastYear), "TECHNICITY");
                YearlyQuery all = YearlyQuery.of(Year.of(lastYear), null);
                for (YearlyQuery query : List.of(one, all)) {
                    YearlyReport report = figures.report(query, Language.FR);
                    System.out.printf("%s: training %d, in-company %d, validations and screenings %d (total %d)%n",
                            query.centre() == null ? "all centres" : query.centre(), report.spots(YearlyLine.TRAINING_SPOTS),
                            report.spots(YearlyLine.IN_COMPANY_TRAINING), report.spots(YearlyLine.VALIDATIONS_AND_SCREENINGS),
                            report.total());
                }
                time("figures, one centre", runs, () -> figures.report(one, Language.FR));
                time("figures, all centres", runs, () -> figures.report(all, Language.FR));
                for (YearlyQuery query : List.of(one, all)) {
                    String who = query.centre() == null ? "all centres" : "one centre";
                    time("PDF, " + who, runs, () -> {
                        YearlyReport report = figures.report(query, Language.FR);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        YearlyPdf.write(report, YearlyDocument.of(report, List.of(), texts), texts, out);
                        return out.size();
                    });
                    time("XLSX, " + who, runs, () -> {
                        YearlyReport report = figures.report(query, Language.FR);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        YearlyXlsx.write(YearlyDocument.of(report, List.of(), texts), texts, out);
                        return out.size();
                    });
                }
                em.close();
                factory.close();
            }
        }
    }

    private static void time(String what, int runs, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-24s median %8.1f ms   max %8.1f ms   (%d runs)%n", what, millis.get(millis.size() / 2),
                millis.get(millis.size() - 1), runs);
    }
}
