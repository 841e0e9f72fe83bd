package be.pfe.operations.domain.placement;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.company.Companies;
import be.pfe.operations.domain.company.Company;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.shared.TypedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Records placements and moves them along their lifecycle. Two rules need more than the placement itself:
 * <ul>
 *     <li>a learner is never in two placements on the same day (checked with the learner's row locked, so two
 *     desks recording at the same moment are served one after the other);</li>
 *     <li>a placement that belongs to an enrolment (of the same learner) does not start before that enrolment's
 *     session.</li>
 * </ul>
 * Every refusal is a {@link BusinessRuleException} with its message key; nothing is written then.
 */
@ApplicationScoped
@Transactional
public class PlacementDesk {

    private Placements placements;
    private Companies companies;
    private Centres centres;
    private Enrolments enrolments;
    private CourseSessions sessions;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;

    protected PlacementDesk() {
        // for CDI
    }

    @Inject
    public PlacementDesk(Placements placements, Companies companies, Centres centres, Enrolments enrolments,
                         CourseSessions sessions) {
        this(placements, companies, centres, enrolments, sessions, Clocks.system());
    }

    public PlacementDesk(Placements placements, Companies companies, Centres centres, Enrolments enrolments,
                         CourseSessions sessions, Clock clock) {
        this.placements = placements;
        this.companies = companies;
        this.centres = centres;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.clock = clock;
    }

    @UseCase(Access.PLANNING)
    public Placement record(PlacementDetails details, String actor) {
        long learnerId = TypedText.chosen(details.learnerId(), "learner");
        Company company = companies.byId(TypedText.chosen(details.companyId(), "company"))
                .orElseThrow(() -> new NotFoundException("company.unknown", "company", details.companyId()));
        Centre centre = centres.byCode(TypedText.chosen(details.centreCode(), "centre"))
                .orElseThrow(() -> new NotFoundException("centre.unknown", "centre", details.centreCode()));
        DateRange period = new DateRange(details.startDate(), details.endDate());
        if (!placements.lockLearner(learnerId)) {
            throw new NotFoundException("learner.unknown", "learner", learnerId);
        }
        if (details.enrolmentId() != null) {
            requireWithinEnrolment(learnerId, details.enrolmentId(), period.start());
        }
        refuseOverlap(learnerId, period, null);
        return placements.add(new Placement(learnerId, company, centre, details.enrolmentId(), details, actor,
                OffsetDateTime.now(clock)));
    }

    @UseCase(Access.PLANNING)
    public Placement sign(@Names(RecordKind.PLACEMENT) long placementId) {
        Placement placement = placement(placementId);
        placement.sign(LocalDate.now(clock.withZone(Clocks.BRUSSELS)));
        return placements.save(placement);
    }

    @UseCase(Access.PLANNING)
    public Placement start(@Names(RecordKind.PLACEMENT) long placementId) {
        Placement placement = placement(placementId);
        placement.start();
        return placements.save(placement);
    }

    @UseCase(Access.PLANNING)
    public Placement complete(@Names(RecordKind.PLACEMENT) long placementId, PlacementOutcome outcome) {
        Placement placement = placement(placementId);
        placement.complete(outcome);
        return placements.save(placement);
    }

    @UseCase(Access.PLANNING)
    public Placement endEarly(@Names(RecordKind.PLACEMENT) long placementId, LocalDate on, String reason, PlacementOutcome outcome) {
        Placement placement = placement(placementId);
        placement.endEarly(on, reason, outcome);
        return placements.save(placement);
    }

    @UseCase(Access.PLANNING)
    public Placement recordOutcome(@Names(RecordKind.PLACEMENT) long placementId, PlacementOutcome atEnd, LocalDate followUpOn,
                                   PlacementOutcome atFollowUp) {
        Placement placement = placement(placementId);
        placement.recordOutcome(atEnd, followUpOn, atFollowUp);
        return placements.save(placement);
    }

    @UseCase(Access.PLANNING)
    public PlacementVisit addVisit(@Names(RecordKind.PLACEMENT) long placementId, LocalDate on, String visitedBy, String notes, String actor) {
        Placement placement = placement(placementId);
        PlacementVisit visit = placement.addVisit(on, visitedBy, notes, actor, OffsetDateTime.now(clock));
        placements.save(placement);
        return visit;
    }

    @UseCase(Access.RECORDS)
    public Placement placement(@Names(RecordKind.PLACEMENT) long placementId) {
        return placements.byId(placementId)
                .orElseThrow(() -> new NotFoundException("placement.unknown", null, placementId));
    }

    private void requireWithinEnrolment(long learnerId, long enrolmentId, LocalDate start) {
        Enrolment enrolment = enrolments.byId(enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment.unknown", "enrolment", enrolmentId));
        if (enrolment.learnerId() != learnerId) {
            throw new BusinessRuleException("placement.enrolment.otherLearner", "enrolment", enrolmentId);
        }
        CourseSession session = sessions.byId(enrolment.sessionId()).orElseThrow();
        if (start.isBefore(session.period().start())) {
            throw new BusinessRuleException("placement.beforeEnrolment", "startDate", start, session.period().start());
        }
    }

    private void refuseOverlap(long learnerId, DateRange period, Long except) {
        List<Placement> overlapping = placements.overlapping(learnerId, period, except);
        if (!overlapping.isEmpty()) {
            Placement other = overlapping.get(0);
            throw new ClashException("placement.overlap", "startDate", other.company().name(),
                    other.period().start(), other.occupiedUntil());
        }
    }
}
