package be.pfe.operations.web.session;

import be.pfe.operations.scheduling.session.SessionCalendarFollower;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The status job on the container's managed threads: sessions run from their first day and close after their last
 * by themselves. It runs once at start-up (before the application serves anything, so that the demonstration
 * data's sessions have the statuses of today), then every hour (a day changes at midnight; a run that finds
 * nothing to do changes nothing). Several application instances may run it at once: each session is moved under
 * its row lock, and a second run finds it done. Pages and the API also read each session's status as of today
 * ({@link Sessions}), so nothing shows a stale status between two runs. Only counts are logged.
 */
@ApplicationScoped
public class SessionStatusBackground {

    private static final Logger LOG = Logger.getLogger(SessionStatusBackground.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    SessionCalendarFollower follower;

    private ScheduledFuture<?> hourly;

    /** Runs the job now, then schedules it every hour; called once the database schema is up to date. */
    public synchronized void start() {
        run();
        if (hourly == null) {
            hourly = scheduler.scheduleAtFixedRate(this::run, 1, 60, TimeUnit.MINUTES);
        }
    }

    void run() {
        try {
            int changed = follower.followCalendar();
            if (changed > 0) {
                LOG.info(() -> "Session statuses brought in line with the calendar: " + changed + " session(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The session status job could not run", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (hourly != null) {
            hourly.cancel(false);
        }
    }
}
