package be.pfe.operations.domain.notification;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outbox as staff see it: a learner's messages, the latest messages of the centres, resend and cancel. */
@ApplicationScoped
@Transactional
public class Outbox {

    public static final int MAX_LIST = 500;

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    @Inject
    private Actor actor;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    protected Outbox() {
        // for CDI
    }

    public Outbox(EntityManager entityManager, Actor actor, Clock clock) {
        this.entityManager = entityManager;
        this.actor = actor;
        this.clock = clock;
    }

    /** The messages written about the learner (to them or to their referring partner), latest first. */
    @UseCase(Access.PERSONAL_DATA)
    public List<OutboxMessage> ofLearner(@Names(RecordKind.LEARNER) long learnerId) {
        return entityManager.createQuery("select m from OutboxMessage m where m.learnerId = :learner "
                        + "order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setParameter("learner", learnerId).setMaxResults(MAX_LIST).getResultList();
    }

    /** The latest messages of the centres where the user plans (all of them for an administrator). */
    @UseCase(Access.PLANNING)
    public List<OutboxMessage> latest(OutboxStatus status, int limit) {
        Map<Long, String> centres = centreCodes();
        List<Long> reachable = centres.entrySet().stream()
                .filter(centre -> actor.may(Access.PLANNING, centre.getValue())).map(Map.Entry::getKey).toList();
        if (reachable.isEmpty()) {
            return List.of();
        }
        jakarta.persistence.TypedQuery<OutboxMessage> query = entityManager.createQuery(
                        "select m from OutboxMessage m where m.centreId in :centres"
                        + (status == null ? "" : " and m.status = :status")
                        + " order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setParameter("centres", reachable)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_LIST)));
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** Sends the learner's message again (at the job's next run). */
    @UseCase(Access.PLANNING)
    public OutboxMessage resend(@Names(RecordKind.LEARNER) long learnerId, long messageId) {
        OutboxMessage message = message(learnerId, messageId);
        message.resend(OffsetDateTime.now(clock));
        return message;
    }

    /** Cancels the learner's message that still waits. */
    @UseCase(Access.PLANNING)
    public OutboxMessage cancel(@Names(RecordKind.LEARNER) long learnerId, long messageId) {
        OutboxMessage message = message(learnerId, messageId);
        message.cancel();
        return message;
    }

    /** The code of each centre by id. */
    @UseCase(Access.REFERENCE_DATA)
    public Map<Long, String> centreCodes() {
        Map<Long, String> codes = new HashMap<>();
        entityManager.createNamedQuery(Centre.FIND_ALL, Centre.class).getResultList()
                .forEach(centre -> codes.put(centre.id(), centre.code()));
        return codes;
    }

    private OutboxMessage message(long learnerId, long messageId) {
        OutboxMessage message = entityManager.find(OutboxMessage.class, messageId);
        if (message == null || message.learnerId() == null || message.learnerId() != learnerId) {
            throw new NotFoundException("outbox.unknown", null, messageId);
        }
        return message;
    }
}
