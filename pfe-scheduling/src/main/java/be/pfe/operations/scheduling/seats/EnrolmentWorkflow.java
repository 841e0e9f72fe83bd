package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.notification.Notices;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.enrolment.SessionSeatFacts;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.Learners;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.notification.MessageKind;
import be.pfe.operations.domain.notification.NotificationCause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import be.pfe.operations.scheduling.history.Backdating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The steps of an enrolment that do not touch seats: applying, referral by a partner, screening, enrolment
 * and completion. The steps that take or free a seat are {@link SeatBooking}'s.
 */
@ApplicationScoped
@Transactional
public class EnrolmentWorkflow {

    private Enrolments enrolments;
    private Learners learners;
    private PartnerOrganisations partners;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;
    private Backdating backdating = Backdating.standard();

    protected EnrolmentWorkflow() {
        // for CDI
    }

    /** The messages a change causes, written to the outbox in its transaction (none outside a container). */
    @Inject
    Notices notices = Notices.NONE;

    @Inject
    public EnrolmentWorkflow(Enrolments enrolments, Learners learners, PartnerOrganisations partners,
                             Backdating backdating) {
        this(enrolments, learners, partners, Clocks.system());
        this.backdating = backdating;
    }

    public EnrolmentWorkflow(Enrolments enrolments, Learners learners, PartnerOrganisations partners, Clock clock) {
        this.enrolments = enrolments;
        this.learners = learners;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * A learner applies for a session, optionally through a partner (whose quota they will use first). One open
     * enrolment per learner and session.
     */
    @UseCase(Access.PLANNING)
    public Enrolment apply(@Names(RecordKind.LEARNER) long learnerId, @Names(RecordKind.SESSION) long sessionId, String partnerCode, String actor) {
        return apply(learnerId, sessionId, partnerCode, actor, null);
    }

    /**
     * The same, for an application made on a past day ({@code on}; {@code null}: today): beyond the back-dating
     * window only with the history-import right, marked back-dated and audited.
     */
    @UseCase(Access.PLANNING)
    public Enrolment apply(@Names(RecordKind.LEARNER) long learnerId, @Names(RecordKind.SESSION) long sessionId,
                           String partnerCode, String actor, LocalDate on) {
        Step step = step(actor, null, on, "session " + sessionId);
        Learner learner = learners.byId(learnerId)
                .orElseThrow(() -> new NotFoundException("learner.unknown", "learner", learnerId));
        // locked so that two applications of the same learner are checked one after the other
        SessionSeatFacts session = enrolments.lockSession(sessionId)
                .orElseThrow(() -> new NotFoundException("session.unknown", "session", sessionId));
        if (!session.takesLearners()) {
            throw new BusinessRuleException("enrolment.session.closed", "session", sessionId);
        }
        if (session.validation()) {
            throw new BusinessRuleException("enrolment.session.validation", "session", sessionId);
        }
        if (enrolments.openOf(learnerId, sessionId).isPresent()) {
            throw new BusinessRuleException("enrolment.alreadyOpen", "session", sessionId);
        }
        Long partnerId = partnerCode == null || partnerCode.isBlank() ? null : partner(partnerCode).id();
        return enrolments.add(new Enrolment(learner, sessionId, partnerId, step));
    }

    @UseCase(Access.PLANNING)
    public Enrolment refer(@Names(RecordKind.ENROLMENT) long enrolmentId, String partnerCode, String actor, String reason) {
        return refer(enrolmentId, partnerCode, actor, reason, null);
    }

    @UseCase(Access.PLANNING)
    public Enrolment refer(@Names(RecordKind.ENROLMENT) long enrolmentId, String partnerCode, String actor, String reason,
                           LocalDate on) {
        if (partnerCode == null || partnerCode.isBlank()) {
            throw new BusinessRuleException("enrolment.partner.required", "partner");
        }
        Enrolment enrolment = enrolment(enrolmentId);
        enrolment.referBy(partner(partnerCode).id(), step(actor, reason, on, "enrolment " + enrolmentId));
        return enrolment;
    }

    @UseCase(Access.PLANNING)
    public Enrolment screen(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor, String reason) {
        return screen(enrolmentId, actor, reason, null);
    }

    @UseCase(Access.PLANNING)
    public Enrolment screen(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor, String reason, LocalDate on) {
        Enrolment enrolment = enrolment(enrolmentId);
        enrolment.screen(step(actor, reason, on, "enrolment " + enrolmentId));
        return enrolment;
    }

    /** The admitted learner starts: target groups are derived again on this day. */
    @UseCase(Access.PLANNING)
    public Enrolment enrol(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor) {
        return enrol(enrolmentId, actor, null);
    }

    @UseCase(Access.PLANNING)
    public Enrolment enrol(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor, LocalDate on) {
        Enrolment enrolment = enrolment(enrolmentId);
        Learner learner = learners.byId(enrolment.learnerId()).orElseThrow();
        enrolment.enrol(learner, step(actor, null, on, "enrolment " + enrolmentId));
        return enrolment;
    }

    @UseCase(Access.PLANNING)
    public Enrolment complete(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor) {
        return complete(enrolmentId, actor, null);
    }

    @UseCase(Access.PLANNING)
    public Enrolment complete(@Names(RecordKind.ENROLMENT) long enrolmentId, String actor, LocalDate on) {
        Enrolment enrolment = enrolment(enrolmentId);
        enrolment.complete(step(actor, null, on, "enrolment " + enrolmentId));
        notices.tell(NotificationCause.ofEnrolment(MessageKind.PARTNER_COMPLETED, enrolmentId, null, actor));
        return enrolment;
    }

    private PartnerOrganisation partner(String code) {
        return partners.byCode(code.strip()).orElseThrow(() -> new NotFoundException("partner.unknown", "partner", code));
    }

    private Enrolment enrolment(long id) {
        return enrolments.byId(id).orElseThrow(() -> new NotFoundException("enrolment.unknown", null, id));
    }

    private Step step(String actor, String reason, LocalDate on, String subject) {
        return backdating.step(actor, OffsetDateTime.now(clock), reason, on, subject);
    }
}
