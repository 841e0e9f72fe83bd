package be.pfe.operations.domain.notification;

import be.pfe.operations.domain.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The reminders of the notification job: the day before a session's first scheduled meeting, each learner holding a
 * seat gets a reminder (once: instances take turns under an advisory lock, and a unique index refuses a second one).
 * Region-wide, for no user.
 */
@ApplicationScoped
@Transactional
public class OutboxReminders {

    /** The advisory lock of the reminders (any number that no other lock of the application uses). */
    static final long LOCK = 0x5046454E4F54L;

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    @Inject
    private OutboxWriter writer;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    protected OutboxReminders() {
        // for CDI
    }

    public OutboxReminders(EntityManager entityManager, OutboxWriter writer, Clock clock) {
        this.entityManager = entityManager;
        this.writer = writer;
        this.clock = clock;
    }

    /** Writes the reminders due today (sessions whose first meeting is tomorrow); @return how many */
    public int remindTomorrowsStarts() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getResultList();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        @SuppressWarnings("unchecked")
        List<Number> due = entityManager.createNativeQuery("""
                        select e.id from enrolment e join course_session s on s.id = e.session_id
                        where e.status in ('ADMITTED', 'ENROLLED') and s.status <> 'CANCELLED'
                          and (select min(m.meeting_date) from meeting m
                               where m.session_id = s.id and m.status = 'SCHEDULED') = ?1
                          and not exists (select 1 from outbox_message o where o.enrolment_id = e.id
                                          and o.kind = 'REMINDER' and o.recipient_kind = 'LEARNER')
                        order by e.id""").setParameter(1, tomorrow).getResultList();
        for (Number enrolment : due) {
            writer.on(NotificationCause.ofEnrolment(MessageKind.REMINDER, enrolment.longValue(), null, "calendar"));
        }
        return due.size();
    }
}
