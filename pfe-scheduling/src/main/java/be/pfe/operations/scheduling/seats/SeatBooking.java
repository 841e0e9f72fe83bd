package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.notification.Notices;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.enrolment.Explanation;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.SeatKind;
import be.pfe.operations.domain.enrolment.SeatLedger;
import be.pfe.operations.domain.enrolment.SeatPlan;
import be.pfe.operations.domain.enrolment.SessionSeatFacts;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.enrolment.WaitlistEntry;
import be.pfe.operations.domain.enrolment.WaitlistPriority;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.notification.MessageKind;
import be.pfe.operations.domain.notification.NotificationCause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import be.pfe.operations.scheduling.history.Backdating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hands out the seats of course sessions. Admitting a learner takes a seat of their partner's quota, then of the
 * open pool; when none is free for them they go to the waitlist. When a seat frees (drop-out, refusal after
 * admission, transfer, more quota), the first waitlisted learner in the session's priority order who can take it is
 * admitted automatically, with the reason kept in their history; never after the session's start plus its grace
 * days.
 *
 * <p>Every change starts by locking the session's row ({@code select ... for update}) in the transaction that
 * makes it, so two requests for the same session (from two people or two application instances) are served one
 * after the other, in the order they got the lock: that order is the arrival order of the waitlist. The database
 * also refuses a seat beyond the capacity by itself (a trigger), should anything get past this.
 */
@ApplicationScoped
@Transactional
public class SeatBooking {


    private Enrolments enrolments;
    private PartnerOrganisations partners;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;
    private Backdating backdating = Backdating.standard();

    protected SeatBooking() {
        // for CDI
    }

    /** The messages a change causes, written to the outbox in its transaction (none outside a container). */
    @Inject
    Notices notices = Notices.NONE;

    @Inject
    public SeatBooking(Enrolments enrolments, PartnerOrganisations partners, Backdating backdating) {
        this(enrolments, partners, Clocks.system());
        this.backdating = backdating;
    }

    public SeatBooking(Enrolments enrolments, PartnerOrganisations partners, Clock clock) {
        this.enrolments = enrolments;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * A screened learner asks for a seat: admitted when one is free for them, else waitlisted in arrival order.
     * A waitlisted learner may also be admitted by hand when a seat is free for them.
     */
    @UseCase(Access.PLANNING)
    public Booking admit(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor) {
        return admit(enrolmentId, actor, null);
    }

    /** The same, on a past day ({@code null}: today), within the back-dating rules. */
    @UseCase(Access.PLANNING)
    public Booking admit(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor, LocalDate on) {
        Enrolment enrolment = enrolment(enrolmentId);
        SessionSeatFacts session = lockWith(enrolment);
        Booking booking = seatOrWaitlist(enrolment, session, step(actor, null, on, "enrolment " + enrolmentId));
        if (booking.status() == EnrolmentStatus.ADMITTED) {
            notices.tell(NotificationCause.ofEnrolment(MessageKind.CONVOCATION, enrolmentId, null, actor));
        }
        return booking;
    }

    /** The learner stops; their seat goes to the next waitlisted learner who can take it. */
    @UseCase(Access.PLANNING)
    public Enrolment dropOut(@Names(RecordKind.ENROLMENT) long enrolmentId, LocalDate on, String actor, String reason) {
        Enrolment enrolment = enrolment(enrolmentId);
        SessionSeatFacts session = lockWith(enrolment);
        Step step = step(actor, reason, on, "enrolment " + enrolmentId);
        if (enrolment.dropOut(on, step) != null) {
            promoteFromWaitlist(session, step);
        }
        notices.tell(NotificationCause.ofEnrolment(MessageKind.PARTNER_DROPPED_OUT, enrolmentId, reason, actor));
        return enrolment;
    }

    /** The learner is refused; a seat they held (refused after admission) goes to the waitlist. */
    @UseCase(Access.PLANNING)
    public Enrolment refuse(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor, String reason) {
        return refuse(enrolmentId, actor, reason, null);
    }

    @UseCase(Access.PLANNING)
    public Enrolment refuse(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor, String reason, LocalDate on) {
        Enrolment enrolment = enrolment(enrolmentId);
        SessionSeatFacts session = lockWith(enrolment);
        Step step = step(actor, reason, on, "enrolment " + enrolmentId);
        if (enrolment.refuse(step) != null) {
            promoteFromWaitlist(session, step);
        }
        notices.tell(NotificationCause.ofEnrolment(MessageKind.REFUSAL, enrolmentId, reason, actor));
        return enrolment;
    }

    /**
     * Takes a waitlisted learner off the waitlist, for a reason (they no longer wait for this session); the learners
     * behind them move up. Under the session's lock, like every change of the waitlist.
     */
    @UseCase(Access.PLANNING)
    public Enrolment removeFromWaitlist(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor, String reason) {
        return removeFromWaitlist(enrolmentId, actor, reason, null);
    }

    @UseCase(Access.PLANNING)
    public Enrolment removeFromWaitlist(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor, String reason,
                                        LocalDate on) {
        Enrolment enrolment = enrolment(enrolmentId);
        lockWith(enrolment);
        enrolment.removeFromWaitlist(step(actor, reason, on, "enrolment " + enrolmentId));
        return enrolment;
    }

    /**
     * Moves the enrolment to another session, history kept. Its seat here goes to this session's waitlist; a
     * learner who had a seat or was waiting asks for one in the other session (admitted or waitlisted there).
     */
    @UseCase(Access.PLANNING)
    public Booking transfer(@Names(RecordKind.ENROLMENT) long enrolmentId, @Names(RecordKind.SESSION) long otherSessionId, String actor, String reason) {
        return transfer(enrolmentId, otherSessionId, actor, reason, null);
    }

    @UseCase(Access.PLANNING)
    public Booking transfer(@Names(RecordKind.ENROLMENT) long enrolmentId, @Names(RecordKind.SESSION) long otherSessionId,
                            String actor, String reason, LocalDate on) {
        Enrolment enrolment = enrolment(enrolmentId);
        long from = enrolment.sessionId();
        // both sessions locked, always in the same order, so that two opposite transfers cannot deadlock
        SessionSeatFacts first = lock(Math.min(from, otherSessionId));
        SessionSeatFacts second = lock(Math.max(from, otherSessionId));
        enrolments.lock(enrolment);
        if (enrolment.sessionId() != from) {
            throw new OptimisticLockException("enrolment " + enrolmentId + " moved meanwhile");
        }
        SessionSeatFacts origin = first.sessionId() == from ? first : second;
        SessionSeatFacts target = first.sessionId() == from ? second : first;
        if (!target.takesLearners()) {
            throw new BusinessRuleException("enrolment.session.closed", "session", otherSessionId);
        }
        if (target.validation()) {
            throw new BusinessRuleException("enrolment.session.validation", "session", otherSessionId);
        }
        if (enrolments.openOf(enrolment.learnerId(), otherSessionId).isPresent()) {
            throw new BusinessRuleException("enrolment.alreadyOpen", "session", otherSessionId);
        }
        EnrolmentStatus before = enrolment.status();
        Step step = step(actor, reason, on, "enrolment " + enrolmentId);
        if (enrolment.transferTo(otherSessionId, step) != null) {
            promoteFromWaitlist(origin, step);
        }
        if (before.holdsSeat() || before == EnrolmentStatus.WAITLISTED) {
            Booking booking = seatOrWaitlist(enrolment, target, step);
            if (booking.status() == EnrolmentStatus.ADMITTED) {
                notices.tell(NotificationCause.ofEnrolment(MessageKind.CONVOCATION, enrolmentId, null, actor));
            }
            return booking;
        }
        return new Booking(enrolment.id(), otherSessionId, enrolment.status(), null, null);
    }

    /**
     * Changes how the session shares its seats (quotas per partner code; the rest is the pool) and serves its
     * waitlist; seats this frees go to the waitlist at once.
     */
    @UseCase(Access.PLANNING)
    public SeatPlan changePlan(@Names(RecordKind.SESSION) long sessionId, Map<String, Integer> quotasByPartner, WaitlistPriority priority,
                               int promotionGraceDays, String actor) {
        SessionSeatFacts session = lock(sessionId);
        Map<Long, Integer> quotas = new HashMap<>();
        quotasByPartner.forEach((code, seats) -> {
            PartnerOrganisation partner = partners.byCode(code)
                    .orElseThrow(() -> new NotFoundException("partner.unknown", "quotas", code));
            if (seats == null) {
                throw new BusinessRuleException("seats.quota.negative", "quotas", "-");
            }
            quotas.put(partner.id(), seats);
        });
        SeatPlan plan = enrolments.planOf(sessionId);
        plan.changeQuotas(quotas, session.seatCapacity());
        plan.changeWaitlistRules(priority, promotionGraceDays);
        enrolments.save(plan);
        promoteFromWaitlist(session, step(actor, null));
        return plan;
    }

    private Booking seatOrWaitlist(Enrolment enrolment, SessionSeatFacts session, Step step) {
        if (!session.takesLearners()) {
            throw new BusinessRuleException("enrolment.session.closed", "session", session.sessionId());
        }
        SeatPlan plan = enrolments.planOf(session.sessionId());
        SeatLedger ledger = plan.ledger(session.seatCapacity(), enrolments.heldSeats(session.sessionId()));
        Optional<Seat> seat = ledger.seatFor(enrolment.partnerId());
        long arrival = enrolments.nextArrival();
        if (seat.isPresent()) {
            enrolment.admit(seat.get(), arrival, step, null);
            return new Booking(enrolment.id(), session.sessionId(), enrolment.status(), seat.get(), null);
        }
        if (enrolment.status() == EnrolmentStatus.WAITLISTED) {
            throw new BusinessRuleException("seats.noneFree", "status", session.sessionId());
        }
        enrolment.waitlist(arrival, step, Explanation.of("enrolment.waitlisted.full"));
        return new Booking(enrolment.id(), session.sessionId(), enrolment.status(), null,
                positionOf(enrolment.id(), plan, session.sessionId()));
    }

    /**
     * Admits waitlisted learners while a freed seat can be taken by one of them: each time the first, in the
     * session's priority order, for whom a seat is free (their partner's quota, or the pool). Nothing happens after
     * the session's start plus its grace days: the seat stays free for staff to decide.
     */
    private void promoteFromWaitlist(SessionSeatFacts session, Step trigger) {
        if (!session.takesLearners()) {
            return;
        }
        SeatPlan plan = enrolments.planOf(session.sessionId());
        if (LocalDate.now(clock).isAfter(plan.lastPromotionDay(session.startDate()))) {
            return;
        }
        enrolments.flush();
        SeatLedger ledger = plan.ledger(session.seatCapacity(), enrolments.heldSeats(session.sessionId()));
        List<WaitlistEntry> waitlist = enrolments.waitlist(session.sessionId()).stream()
                .sorted(plan.waitlistPriority().order()).toList();
        Map<Long, String> partnerCodes = null;
        for (int position = 0; position < waitlist.size() && ledger.freeSeats() > 0; position++) {
            WaitlistEntry entry = waitlist.get(position);
            Optional<Seat> seat = ledger.seatFor(entry.partnerId());
            if (seat.isEmpty()) {
                continue;
            }
            if (partnerCodes == null) {
                partnerCodes = partnerCodes();
            }
            Explanation why = Explanation.of("enrolment.promoted." + plan.waitlistPriority() + "." + seat.get().kind(),
                    position + 1, seat.get().kind() == SeatKind.QUOTA ? partnerCodes.get(seat.get().partnerId()) : "");
            enrolment(entry.enrolmentId()).admit(seat.get(), entry.arrival(),
                    new Step(trigger.actor(), trigger.at(), null), why);
            notices.tell(NotificationCause.ofEnrolment(MessageKind.WAITLIST_PROMOTION, entry.enrolmentId(), null,
                    trigger.actor()));
            ledger = ledger.taking(seat.get());
        }
    }

    private Map<Long, String> partnerCodes() {
        Map<Long, String> codes = new HashMap<>();
        partners.all().forEach(partner -> codes.put(partner.id(), partner.code()));
        return codes;
    }

    /** The place of a waitlisted enrolment in the session's priority order (1 = next). */
    private int positionOf(long enrolmentId, SeatPlan plan, long sessionId) {
        enrolments.flush();
        List<WaitlistEntry> waitlist = enrolments.waitlist(sessionId).stream()
                .sorted(plan.waitlistPriority().order()).toList();
        for (int i = 0; i < waitlist.size(); i++) {
            if (waitlist.get(i).enrolmentId() == enrolmentId) {
                return i + 1;
            }
        }
        throw new IllegalStateException("enrolment " + enrolmentId + " is not on the waitlist it was just put on");
    }

    private Enrolment enrolment(long id) {
        return enrolments.byId(id).orElseThrow(() -> new NotFoundException("enrolment.unknown", null, id));
    }

    /**
     * Locks the enrolment's session, then the enrolment itself (read again): a request for the same enrolment
     * that came first is seen. Should the enrolment have moved to another session meanwhile, the request is
     * answered as a concurrent change.
     */
    private SessionSeatFacts lockWith(Enrolment enrolment) {
        long sessionId = enrolment.sessionId();
        SessionSeatFacts session = lock(sessionId);
        enrolments.lock(enrolment);
        if (enrolment.sessionId() != sessionId) {
            throw new OptimisticLockException("enrolment " + enrolment.id() + " moved meanwhile");
        }
        return session;
    }

    private SessionSeatFacts lock(long sessionId) {
        return enrolments.lockSession(sessionId)
                .orElseThrow(() -> new NotFoundException("session.unknown", null, sessionId));
    }

    private Step step(String actor, String reason) {
        return new Step(actor, OffsetDateTime.now(clock), reason);
    }

    private Step step(String actor, String reason, LocalDate on, String subject) {
        return backdating.step(actor, OffsetDateTime.now(clock), reason, on, subject);
    }
}
