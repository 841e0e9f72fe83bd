package be.pfe.operations.web.enrolment;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.enrolment.Explanation;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.WaitlistPriority;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.scheduling.seats.Booking;
import be.pfe.operations.scheduling.seats.DeskEnrolment;
import be.pfe.operations.scheduling.seats.EnrolmentRow;
import be.pfe.operations.scheduling.seats.EnrolmentWorkflow;
import be.pfe.operations.scheduling.seats.SeatBooking;
import be.pfe.operations.scheduling.seats.SeatOverview;
import be.pfe.operations.scheduling.seats.SessionSeats;
import be.pfe.operations.scheduling.seats.WaitlistPlace;
import be.pfe.operations.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the pages and the API do with enrolments and seats: each request is one transaction, and answers with the
 * enrolment as stored, its history explained in the user's language.
 */
@ApplicationScoped
@Transactional
public class Enrolling {

    @Inject
    EnrolmentWorkflow workflow;
    @Inject
    SeatBooking booking;
    @Inject
    SessionSeats seats;
    @Inject
    Enrolments enrolments;
    @Inject
    DeskEnrolment desk;
    @Inject
    RecordAccess access;

    public EnrolmentDto apply(EnrolmentInput input, Locale locale) {
        if (input.learner() == null) {
            throw new BusinessRuleException("enrolment.learner.required", "learner");
        }
        if (input.session() == null) {
            throw new BusinessRuleException("enrolment.session.required", "session");
        }
        access.toSession(Access.PLANNING, input.session());
        return view(workflow.apply(input.learner(), input.session(), input.partner(), access.username(),
                input.date()), null, locale);
    }

    /** At the desk, in one go (the use case {@link DeskEnrolment}): registers a new learner and enrols them. */
    public Booking enrolNewLearner(long sessionId, LearnerDetails details, String partnerCode) {
        return desk.enrolNewLearner(sessionId, details, partnerCode);
    }

    /** At the desk, in one go (the use case {@link DeskEnrolment}): enrols a learner already registered. */
    public Booking enrolExistingLearner(long learnerId, long sessionId, String partnerCode) {
        return desk.enrolExistingLearner(sessionId, learnerId, partnerCode);
    }

    /** Takes one step; a step that asks for a seat answers with the seat or the place on the waitlist. */
    public EnrolmentDto step(long enrolmentId, StepInput input, Locale locale) {
        if (input.step() == null) {
            throw new BusinessRuleException("enrolment.step.required", "step");
        }
        access.toEnrolment(Access.PLANNING, enrolmentId);
        if (input.step() == StepInput.Kind.TRANSFER && input.session() != null) {
            access.toSession(Access.PLANNING, input.session());
        }
        String actor = access.username();
        Booking seat = null;
        Enrolment enrolment = switch (input.step()) {
            case REFER -> workflow.refer(enrolmentId, input.partner(), actor, input.reason(), input.date());
            case SCREEN -> workflow.screen(enrolmentId, actor, input.reason(), input.date());
            case ENROL -> workflow.enrol(enrolmentId, actor, input.date());
            case COMPLETE -> workflow.complete(enrolmentId, actor, input.date());
            case DROP_OUT -> booking.dropOut(enrolmentId, input.date(), actor, input.reason());
            case REFUSE -> booking.refuse(enrolmentId, actor, input.reason(), input.date());
            case REMOVE_FROM_WAITLIST -> booking.removeFromWaitlist(enrolmentId, actor, input.reason(), input.date());
            case ADMIT -> {
                seat = booking.admit(enrolmentId, actor, input.date());
                yield enrolment(enrolmentId);
            }
            case TRANSFER -> {
                if (input.session() == null) {
                    throw new BusinessRuleException("enrolment.transfer.sessionRequired", "session");
                }
                seat = booking.transfer(enrolmentId, input.session(), actor, input.reason(), input.date());
                yield enrolment(enrolmentId);
            }
        };
        return view(enrolment, seat == null ? null : seat.waitlistPosition(), locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnrolmentDto get(long enrolmentId, Locale locale) {
        access.toEnrolment(Access.PERSONAL_DATA, enrolmentId);
        Enrolment enrolment = enrolment(enrolmentId);
        Integer position = null;
        if (enrolment.status() == EnrolmentStatus.WAITLISTED) {
            position = seats.waitlist(enrolment.sessionId()).stream()
                    .filter(place -> place.enrolmentId() == enrolmentId)
                    .map(WaitlistPlace::position).findFirst().orElse(null);
        }
        return view(enrolment, position, locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnrolmentRow> ofSession(long sessionId) {
        access.toSession(Access.PERSONAL_DATA, sessionId);
        return seats.enrolments(sessionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SeatOverview seats(long sessionId) {
        access.toSession(Access.RECORDS, sessionId);
        return seats.overview(sessionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WaitlistPlace> waitlist(long sessionId) {
        access.toSession(Access.PERSONAL_DATA, sessionId);
        return seats.waitlist(sessionId);
    }

    /** Changes the session's quotas and waitlist rules, and answers with its seats as they now stand. */
    public SeatOverview changeSeatPlan(long sessionId, SeatPlanInput input) {
        access.toSession(Access.PLANNING, sessionId);
        booking.changePlan(sessionId, input.quotas() == null ? Map.of() : input.quotas(),
                input.waitlistPriority() == null ? WaitlistPriority.ARRIVAL : input.waitlistPriority(),
                input.promotionGraceDays() == null ? 0 : input.promotionGraceDays(), access.username());
        return seats.overview(sessionId);
    }

    /** The history's automatic explanations, in the user's language. */
    public static String explain(Explanation explanation, Locale locale) {
        return explanation == null ? null
                : Messages.text(locale, explanation.messageKey(), explanation.arguments().stream()
                        .map(Enrolling::dayOrText).toArray());
    }

    /** An explanation keeps its arguments as text: a day ("2026-12-03") is written as the pages write dates. */
    private static Object dayOrText(Object argument) {
        if (argument instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return java.time.LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException notADay) {
                return text;
            }
        }
        return argument;
    }

    private Enrolment enrolment(long id) {
        return enrolments.byId(id).orElseThrow(() -> new NotFoundException("enrolment.unknown", null, id));
    }

    private EnrolmentDto view(Enrolment enrolment, Integer waitlistPosition, Locale locale) {
        Map<Long, String> codes = seats.partnerCodes();
        Seat seat = enrolment.seat();
        List<StepDto> history = enrolment.history().stream()
                .map(step -> new StepDto(step.from(), step.to(), step.sessionId(), step.occurredAt(), step.actor(),
                        step.reason(), explain(step.explanation(), locale), step.effectiveOn(), step.backdated()))
                .toList();
        return new EnrolmentDto(enrolment.id(), enrolment.learnerId(), enrolment.sessionId(), enrolment.status(),
                codes.get(enrolment.partnerId()), enrolment.referred(), enrolment.appliedOn(),
                seat == null ? null : seat.kind(), seat == null ? null : codes.get(seat.partnerId()),
                waitlistPosition, enrolment.targetGroups(), enrolment.outcomeReason(), enrolment.outcomeDate(),
                history);
    }
}
