package be.pfe.operations.web.privacy;

import java.time.Clock;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.privacy.Pseudonymisation;
import be.pfe.operations.domain.privacy.PseudonymisationJob;
import be.pfe.operations.domain.privacy.PseudonymisationRun;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the pseudonymisation job on the container's managed threads: every night at 02:30 Brussels time, and when an
 * administrator asks for it ("run now"). Each step of a run is a transaction of its own ({@link Pseudonymisation}'s
 * methods), so the page sees the progress while it runs. Only counts are logged, never a learner.
 */
@ApplicationScoped
public class PrivacyBackground {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(PrivacyBackground.class.getName());
    static final LocalTime NIGHTLY = LocalTime.of(2, 30);
    static final String SCHEDULE = "schedule";

    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Pseudonymisation pseudonymisation;

    private ScheduledFuture<?> nightly;

    private PseudonymisationJob job() {
        return new PseudonymisationJob(new PseudonymisationJob.Steps() {
            @Override
            public <T> T call(Function<Pseudonymisation, T> work) {
                return work.apply(pseudonymisation); // each method runs in a transaction of its own
            }
        });
    }

    /** Schedules the nightly run; called once the database schema is up to date. */
    public synchronized void start() {
        if (nightly == null) {
            ZoneId brussels = Clocks.BRUSSELS;
            ZonedDateTime now = ZonedDateTime.now(clock);
            ZonedDateTime next = now.toLocalDate().atTime(NIGHTLY).atZone(brussels);
            if (!next.isAfter(now)) {
                next = next.plusDays(1);
            }
            nightly = scheduler.scheduleAtFixedRate(this::nightlyRun, Duration.between(now, next).toSeconds(),
                    Duration.ofDays(1).toSeconds(), TimeUnit.SECONDS);
        }
    }

    private void nightlyRun() {
        try {
            PseudonymisationRun run = job().run(SCHEDULE, true);
            LOG.info(() -> "Pseudonymisation run " + run.id() + ": " + run.learnersDone() + " learner(s)");
        } catch (be.pfe.operations.domain.shared.BusinessRuleException e) {
            LOG.info("The nightly pseudonymisation runs or ran on another instance: nothing to do here");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The nightly pseudonymisation could not run", e);
        }
    }

    /** Starts a run now (refused while one runs) and does its work in the background; returns it as started. */
    public PseudonymisationRun runNow(String actor) {
        PseudonymisationJob job = job();
        PseudonymisationRun run = job.start(actor, false);
        executor.submit(() -> job.complete(run));
        return run;
    }

    @PreDestroy
    synchronized void stop() {
        if (nightly != null) {
            nightly.cancel(false);
        }
    }
}
