package be.pfe.operations.web.placement;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.placement.Placement;
import be.pfe.operations.domain.placement.PlacementDesk;
import be.pfe.operations.domain.shared.TypedText;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.web.company.CompanyDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Placements for the pages and the API, each request one transaction. Recording one needs planning rights in the
 * centre that follows it and in a centre of the learner; its steps and visits, planning rights in its centre;
 * reading it, that centre's records.
 */
@ApplicationScoped
@Transactional
public class Placing {

    @Inject
    PlacementDesk desk;
    @Inject
    CompanyDirectory companies;
    @Inject
    RecordAccess access;
    @Inject
    Actor actor;
    @Inject
    be.pfe.operations.domain.learner.Learners learners;

    public PlacementDto record(PlacementInput input) {
        long learner = TypedText.chosen(input.learner(), "learner");
        actor.require(Access.PLANNING, TypedText.chosen(input.centre(), "centre"));
        access.toLearner(Access.PLANNING, learner);
        if (input.enrolment() != null) {
            access.toEnrolment(Access.PLANNING, input.enrolment());
        }
        Long company = input.company() != null ? input.company()
                : companies.byNumber(TypedText.chosen(input.enterpriseNumber(), "enterpriseNumber")).id();
        return PlacementDto.of(desk.record(input.toDetails(company), access.username()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** Refuses the new-placement form for a learner the user may not record a placement for. */
    public void requireRecordingFor(long learner) {
        access.toLearner(Access.PLANNING, learner);
    }

    /**
     * The learner's name as the placement page heads itself with ("family given"), or {@code null} when the user
     * may not read the learner's personal data (the page then names the learner by nothing but the pathway's link).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String learnerName(long learner) {
        try {
            access.toLearner(Access.PERSONAL_DATA, learner);
        } catch (be.pfe.operations.domain.access.AccessDeniedException
                 | be.pfe.operations.domain.shared.NotFoundException notForThisUser) {
            return null;
        }
        return learners.byId(learner).map(found -> found.familyName() + " " + found.givenName()).orElse(null);
    }

    public PlacementDto get(long id) {
        return PlacementDto.of(placement(id, Access.RECORDS));
    }

    public PlacementDto step(long id, PlacementInput.Step step) {
        placement(id, Access.PLANNING);
        Placement placement = switch (TypedText.chosen(step.step(), "step")) {
            case SIGN -> desk.sign(id);
            case START -> desk.start(id);
            case COMPLETE -> desk.complete(id, step.outcome());
            case END_EARLY -> desk.endEarly(id, step.date(), step.reason(), step.outcome());
        };
        return PlacementDto.of(placement);
    }

    public PlacementDto addVisit(long id, PlacementInput.Visit visit) {
        placement(id, Access.PLANNING);
        desk.addVisit(id, visit.date(), visit.visitedBy(), visit.notes(), access.username());
        return get(id);
    }

    public PlacementDto recordOutcome(long id, PlacementInput.Outcome outcome) {
        placement(id, Access.PLANNING);
        return PlacementDto.of(desk.recordOutcome(id, outcome.outcome(), outcome.followUpDate(),
                outcome.followUpOutcome()));
    }

    /** Whether the signed-in user may move this placement along (the pages show the buttons then). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayChange(PlacementDto placement) {
        return actor.may(Access.PLANNING, placement.centre());
    }

    private Placement placement(long id, Access needed) {
        Placement placement = desk.placement(id);
        actor.require(needed, placement.centre().code());
        return placement;
    }
}
