package be.pfe.operations.web.notification;

import be.pfe.operations.domain.notification.OutboxDelivery;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The notification job on the container's managed threads: every {@code PFE_NOTIFICATIONS_INTERVAL_SECONDS}
 * (default 30) it sends the outbox's due messages, one transaction each ({@link OutboxDelivery}: row taken with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances never send one message twice). A run stops at the first
 * message the server does not take (it waits for its next attempt, the wait doubling from
 * {@code PFE_NOTIFICATIONS_RETRY_SECONDS}); the others wait for the next run. Every
 * {@code PFE_NOTIFICATIONS_REMINDER_SECONDS} (an hour) it also writes the reminders of tomorrow's starts. Without
 * {@code PFE_SMTP_HOST} it sends nothing. Only counts are logged, never an address.
 */
@ApplicationScoped
public class NotificationBackground {

    private static final Logger LOG = Logger.getLogger(NotificationBackground.class.getName());
    /** The most messages one run sends. */
    static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    OutboxDelivery delivery;
    @Inject
    SmtpMailRelay relay;
    @Inject
    be.pfe.operations.domain.notification.OutboxReminders reminders;
    @Inject
    @ConfigProperty(name = "pfe.notifications.reminder-seconds", defaultValue = "3600")
    int reminderSeconds;

    private volatile long lastReminders;
    @Inject
    @ConfigProperty(name = "pfe.notifications.interval-seconds", defaultValue = "30")
    int intervalSeconds;
    @Inject
    @ConfigProperty(name = "pfe.notifications.retry-seconds", defaultValue = "60")
    int retrySeconds;

    private ScheduledFuture<?> periodic;

    /** Schedules the job; called once the database schema is up to date. */
    public synchronized void start() {
        if (periodic == null) {
            int every = Math.max(1, intervalSeconds);
            periodic = scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.SECONDS);
        }
        if (!relay.enabled()) {
            LOG.info("No PFE_SMTP_HOST: messages stay in the outbox, none is sent");
        }
    }

    void run() {
        int sent = 0;
        try {
            long now = System.nanoTime();
            if (lastReminders == 0 || now - lastReminders >= reminderSeconds * 1_000_000_000L) {
                lastReminders = now;
                int written = reminders.remindTomorrowsStarts();
                if (written > 0) {
                    LOG.info(() -> "Notification job: " + written + " reminder(s) of tomorrow's starts written");
                }
            }
            Duration firstWait = Duration.ofSeconds(Math.max(1, retrySeconds));
            for (int i = 0; i < BATCH && relay.enabled(); i++) {
                OutboxDelivery.Outcome outcome = delivery.sendNext(relay, firstWait);
                if (outcome == OutboxDelivery.Outcome.SENT) {
                    sent++;
                } else {
                    if (outcome == OutboxDelivery.Outcome.FAILED) {
                        LOG.info("The mail server did not take a message; it will be tried again");
                    }
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The notification job could not run", e);
        }
        if (sent > 0) {
            int count = sent;
            LOG.info(() -> "Notification job: " + count + " message(s) sent");
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (periodic != null) {
            periodic.cancel(false);
        }
    }
}
