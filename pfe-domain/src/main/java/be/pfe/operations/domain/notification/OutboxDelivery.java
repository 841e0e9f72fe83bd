package be.pfe.operations.domain.notification;

import jakarta.inject.Inject;
import be.pfe.operations.domain.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The notification job's step: sends the next due message of the outbox, in a transaction of its own. The message's
 * row is taken with {@code FOR UPDATE SKIP LOCKED}, so several application instances running the job at once never
 * take the same message, and it is marked sent in the same transaction: a message is sent once. When the server does
 * not take it, it waits before its next attempt (the wait doubles each time, up to an hour). Region-wide, for no
 * user.
 */
@ApplicationScoped
@Transactional
public class OutboxDelivery {

    /** What one step did. */
    public enum Outcome { NOTHING_DUE, SENT, FAILED }

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    protected OutboxDelivery() {
        // for CDI
    }

    public OutboxDelivery(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Sends the next due message through the relay, or says there is none. */
    public Outcome sendNext(MailRelay relay, Duration firstWait) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Number> due = entityManager.createNativeQuery("""
                        select id from outbox_message where status = 'PENDING' and next_attempt_at <= ?1
                        order by next_attempt_at, id limit 1 for update skip locked""")
                .setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        OutboxMessage message = entityManager.find(OutboxMessage.class, due.get(0).longValue());
        entityManager.refresh(message);
        try {
            relay.send(message.recipient(), message.subject(), message.body());
            message.sent(OffsetDateTime.now(clock));
            return Outcome.SENT;
        } catch (Exception e) {
            message.failed(OffsetDateTime.now(clock), e.getClass().getSimpleName() + ": " + e.getMessage(), firstWait);
            return Outcome.FAILED;
        }
    }
}
