package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * benchmarks/import-xlsx.sh: a partner's workbook of 120,000 rows (made-up names) read as an import reads it, to its
 * refusal (too many rows): the time to the refusal and the peak of the heap meanwhile (sampled every 2 ms, above what
 * was in use before), once alone, then three at once. With "whole", also the former way (the whole workbook parsed
 * with XSSFWorkbook) for comparison.
 */
public final class ImportXlsxBenchmark {

    private ImportXlsxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 120_000;
        boolean whole = List.of(args).contains("whole");
        long started = System.nanoTime();
        byte[] workbook = LargeFiles.workbook(rows);
        System.out.printf("workbook: %,d rows, %.1f MB, written in %.1f s; heap limit %d MB%n", rows,
                workbook.length / 1048576.0, seconds(started), Runtime.getRuntime().maxMemory() / 1048576);
        measure("warm-up (not counted)", 1, () -> streamed(workbook));
        measure("streamed, alone", 1, () -> streamed(workbook));
        measure("streamed, three at once", 3, () -> streamed(workbook));
        if (whole) {
            measure("whole workbook (XSSFWorkbook), alone", 1, () -> whole(workbook));
        }
    }

    private static String streamed(byte[] workbook) {
        try {
            ImportColumns.rows(workbook, LearnerColumn.class);
            return "read";
        } catch (BusinessRuleException refusal) {
            return refusal.messageKey();
        }
    }

    private static String whole(byte[] workbook) throws Exception {
        try (XSSFWorkbook parsed = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return parsed.getSheetAt(0).getLastRowNum() + 1 > ImportColumns.MAX_ROWS ? "import.file.tooManyRows" : "read";
        }
    }

    private static void measure(String what, int atOnce, Callable<String> reading) throws Exception {
        System.gc();
        Thread.sleep(200);
        long before = heapUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heapUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        ExecutorService pool = Executors.newFixedThreadPool(atOnce);
        List<Future<String>> results = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < atOnce; i++) {
            results.add(pool.submit(() -> {
                long start = System.nanoTime();
                String outcome = reading.call();
                synchronized (times) {
                    times.add(seconds(start));
                }
                return outcome;
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        sampler.interrupt();
        sampler.join();
        System.out.printf("%-40s %s in %s s; peak heap %d MB above the %d MB in use before%n", what + ":",
                outcomes.get(0), times.stream().map(t -> String.format("%.2f", t)).toList(),
                (peak.get() - before) / 1048576, before / 1048576);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
