package be.pfe.operations.web.timetabling;

import be.pfe.operations.scheduling.timetabling.TimetablingJobRunner;
import be.pfe.operations.scheduling.timetabling.TimetablingJobStore;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's side of automatic timetabling: solves queued jobs on the container's managed threads, and once a
 * minute puts back in the queue the jobs of a solver that fell silent (an instance that was stopped) and looks
 * for jobs queued by other instances.
 */
@ApplicationScoped
public class TimetablingBackground {

    private static final Logger LOG = Logger.getLogger(TimetablingBackground.class.getName());

    /** A solver writes progress every second: one silent for this long has stopped. */
    static final Duration SILENT_FOR = Duration.ofMinutes(2);
    static final Duration LOOK_EVERY = Duration.ofMinutes(1);

    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    TimetablingJobStore store;

    private TimetablingJobRunner runner;
    private ScheduledFuture<?> watch;

    private synchronized TimetablingJobRunner runner() {
        if (runner == null) {
            runner = new TimetablingJobRunner(new TimetablingJobRunner.StoreAccess() {
                @Override
                public <T> T call(Function<TimetablingJobStore, T> work) {
                    return work.apply(store); // each store method runs in a transaction of its own
                }
            }, executor);
        }
        return runner;
    }

    /** Starts the watch; called once the database schema is up to date. */
    public synchronized void start() {
        if (watch == null) {
            watch = scheduler.scheduleWithFixedDelay(this::lookAfterQueue, 0, LOOK_EVERY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private void lookAfterQueue() {
        try {
            int requeued = store.requeueStalled(SILENT_FOR);
            if (requeued > 0) {
                LOG.info(() -> requeued + " timetabling job(s) whose solver stopped are queued again");
            }
            wake();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look after the timetabling queue", e);
        }
    }

    /** Makes sure queued jobs are being solved. */
    public void wake() {
        runner().wake();
    }

    /** Stops the job at once if this instance is solving it. */
    public void stopIfRunningHere(long jobId) {
        runner().stopIfRunningHere(jobId);
    }

    @PreDestroy
    synchronized void stop() {
        if (watch != null) {
            watch.cancel(false);
        }
    }
}
