package be.pfe.operations.web.placement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.pfe.operations.domain.placement.PlacementDetails;
import be.pfe.operations.domain.placement.PlacementOutcome;
import be.pfe.operations.domain.placement.PlacementType;

import java.time.LocalDate;

/** A placement as the API receives it: the company by id or by its enterprise number (as typed). */
public record PlacementInput(Long learner, Long company, String enterpriseNumber, String centre, Long enrolment,
                             PlacementType type, LocalDate startDate, LocalDate endDate, Integer hours,
                             String workplaceTutor, String centreCoach) {

    PlacementDetails toDetails(Long companyId) {
        return new PlacementDetails(learner, companyId, centre, enrolment, type, startDate, endDate, hours,
                workplaceTutor, centreCoach);
    }

    /** A step of the agreement: SIGN, START, COMPLETE, END_EARLY (with date and reason); the outcome at the end. */
    public record Step(Kind step, LocalDate date, String reason, PlacementOutcome outcome) {

        @Schema(name = "PlacementStep", description = "A step of a placement agreement")
        public enum Kind { SIGN, START, COMPLETE, END_EARLY }
    }

    /** A follow-up visit. */
    public record Visit(LocalDate date, String visitedBy, String notes) {
    }

    /** The outcome at the end and, optionally, at a follow-up date. */
    public record Outcome(PlacementOutcome outcome, LocalDate followUpDate, PlacementOutcome followUpOutcome) {
    }
}
