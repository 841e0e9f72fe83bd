package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Solves the queued timetabling jobs in the background, one at a time per instance: the servers have 2 cores
 * and the application must keep answering while a term is planned. Jobs live in the database, not here; this
 * runner only holds the one job it is solving, so that a stop takes effect at once.
 * <p>
 * While a job is solved, a watcher writes its best score every {@link #REPORT_EVERY} (the page shows it as
 * progress, and it proves the solver is alive) and reads whether someone asked it to stop, from any instance.
 */
public class TimetablingJobRunner {

    private static final Logger LOG = Logger.getLogger(TimetablingJobRunner.class.getName());

    /** How often progress is written and a stop request looked for. */
    public static final Duration REPORT_EVERY = Duration.ofSeconds(1);
    /** The most remaining violations kept with a proposal. */
    static final int VIOLATIONS_KEPT = 1000;

    /** Runs a piece of work against the job store in a transaction of its own. */
    @FunctionalInterface
    public interface StoreAccess {
        <T> T call(Function<TimetablingJobStore, T> work);
    }

    private final StoreAccess store;
    private final Executor executor;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicReference<Running> running = new AtomicReference<>();

    private record Running(long jobId, Solver<Timetable> solver) {
    }

    /**
     * @param executor runs the queue (one task at a time) and, beside it, the solving of the current job: it
     *                 needs two threads
     */
    public TimetablingJobRunner(StoreAccess store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    /** Makes sure the queue is being worked through; returns at once. */
    public void wake() {
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** Stops the job at once if this instance is solving it (its best timetable so far becomes the proposal). */
    public void stopIfRunningHere(long jobId) {
        Running current = running.get();
        if (current != null && current.jobId() == jobId) {
            current.solver().terminateEarly();
        }
    }

    /** True while this instance is working through the queue. */
    public boolean isBusy() {
        return draining.get();
    }

    private void drain() {
        try {
            Optional<TimetablingJobStore.ClaimedJob> next;
            while ((next = store.call(TimetablingJobStore::claimNext)).isPresent()) {
                solve(next.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The timetabling queue stopped on an error", e);
        } finally {
            draining.set(false);
        }
    }

    private void solve(TimetablingJobStore.ClaimedJob job) {
        long jobId = job.jobId();
        TimetableSolver timetableSolver = new TimetableSolver(job.timeLimit(),
                TimetableSolver.DEFAULT_UNIMPROVED_TIME_LIMIT);
        Solver<Timetable> solver = timetableSolver.newSolver();
        AtomicReference<HardMediumSoftScore> best = new AtomicReference<>();
        AtomicReference<Long> firstFeasibleMillis = new AtomicReference<>();
        long started = System.nanoTime();
        solver.addEventListener(event -> {
            if (!event.isNewBestSolutionInitialized()) {
                return; // a score is reported once every lesson has its place
            }
            HardMediumSoftScore score = event.getNewBestSolution().getScore();
            best.set(score);
            if (score.hardScore() == 0 && firstFeasibleMillis.get() == null) {
                firstFeasibleMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        });
        running.set(new Running(jobId, solver));
        try {
            CompletableFuture<Timetable> solving = CompletableFuture.supplyAsync(
                    () -> solver.solve(job.problem().timetable()), executor);
            Timetable solved = null;
            while (solved == null) {
                try {
                    solved = solving.get(REPORT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillSolving) {
                    boolean stop = store.call(s -> s.progress(jobId, best.get(), firstFeasibleMillis.get()));
                    if (stop) {
                        solver.terminateEarly();
                    }
                }
            }
            Timetable answer = solved;
            var proposal = TermProblem.proposal(answer);
            var violations = TermProblem.violations(answer, VIOLATIONS_KEPT);
            store.call(s -> {
                s.propose(jobId, proposal, violations, answer.getScore(), firstFeasibleMillis.get());
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            solver.terminateEarly();
            failQuietly(jobId);
        } catch (ExecutionException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Timetabling job " + jobId + " failed", e instanceof ExecutionException ? e.getCause() : e);
            failQuietly(jobId);
        } finally {
            running.set(null);
        }
    }

    private void failQuietly(long jobId) {
        try {
            store.call(s -> {
                s.fail(jobId, "timetabling.job.failed");
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record that timetabling job " + jobId + " failed", e);
        }
    }
}
