package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.testing.TestDatabase;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures seat bookings per second on distinct sessions: many sessions of 20 seats, each filled by its own
 * screened learners, the sessions shared out over a few threads so that requests run side by side. Every booking
 * is a whole transaction (session row locked, seats counted, seat taken, step recorded, committed) against a real
 * PostgreSQL started for the run. Goal from the issue: 500 bookings per second or more on 2 cores.
 *
 * <p>Arguments: sessions (default 100), threads (default 8), rounds (default 3; the best is reported, the first
 * warms the JVM up).
 */
public final class BookingBenchmark {

    private static final int SEATS = 20;

    private BookingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        TestDatabase database = TestDatabase.shared();
        Seating seating = new Seating(database, Seating.clockOn(LocalDate.of(2038, 1, 4)));
        System.out.printf("booking benchmark: %d sessions of %d seats, %d threads, %d cores%n", sessions, SEATS,
                threads, Runtime.getRuntime().availableProcessors());
        double best = 0;
        for (int round = 1; round <= rounds; round++) {
            database.deleteOperationalData();
            List<List<Long>> perSession = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                long session = seating.session("BENCH-" + round + "-" + s, SEATS, LocalDate.of(2038, 3, 1));
                perSession.add(seating.screenedInBulk(session, SEATS));
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> workers = new ArrayList<>();
            long started = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int first = t;
                workers.add(pool.submit(() -> {
                    int admitted = 0;
                    for (int s = first; s < sessions; s += threads) {
                        for (long enrolment : perSession.get(s)) {
                            Booking booking = database.inTransaction(em -> seating.booking(em).admit(enrolment, "bench"));
                            admitted += booking.status() == EnrolmentStatus.ADMITTED ? 1 : 0;
                        }
                    }
                    return admitted;
                }));
            }
            int admitted = 0;
            for (Future<Integer> worker : workers) {
                admitted += worker.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            double perSecond = admitted / seconds;
            best = Math.max(best, perSecond);
            System.out.printf("round %d: %d bookings in %.2f s = %.0f bookings/s (machine load average %.1f)%n", round,
                    admitted, seconds, perSecond, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (admitted != sessions * SEATS) {
                throw new IllegalStateException("expected every booking to be admitted, got " + admitted);
            }
        }
        System.out.printf("best: %.0f bookings/s (goal: 500)%n", best);
        System.exit(0);
    }
}
