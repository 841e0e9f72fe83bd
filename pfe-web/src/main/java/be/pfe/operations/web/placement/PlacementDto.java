package be.pfe.operations.web.placement;

import be.pfe.operations.domain.placement.Placement;
import be.pfe.operations.domain.placement.PlacementOutcome;
import be.pfe.operations.domain.placement.PlacementStatus;
import be.pfe.operations.domain.placement.PlacementType;
import be.pfe.operations.domain.placement.PlacementVisit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A placement as the API and the pages show it (the learner by id only), with its visits. */
@Schema(name = "PlacementView")
public record PlacementDto(long id, long learner, long companyId, String companyName, String enterpriseNumber,
                           String centre, Long enrolment, PlacementType type, LocalDate startDate, LocalDate endDate,
                           int hours, String workplaceTutor, String centreCoach, PlacementStatus status,
                           LocalDate endedEarlyOn, String endReason, PlacementOutcome outcome,
                           LocalDate followUpDate, PlacementOutcome followUpOutcome, List<Visit> visits,
                           String recordedBy, OffsetDateTime recordedAt) {

    public record Visit(long id, LocalDate date, String visitedBy, String notes, String recordedBy,
                        OffsetDateTime recordedAt) {

        static Visit of(PlacementVisit visit) {
            return new Visit(visit.id(), visit.date(), visit.visitedBy(), visit.notes(), visit.recordedBy(),
                    visit.recordedAt());
        }
    }

    public static PlacementDto of(Placement p) {
        return new PlacementDto(p.id(), p.learnerId(), p.company().id(), p.company().name(),
                p.company().number().formatted(), p.centre().code(), p.enrolmentId(), p.type(), p.period().start(),
                p.period().end(), p.hours(), p.workplaceTutor(), p.centreCoach(), p.status(), p.endedEarlyOn(),
                p.endReason(), p.outcome(), p.followUpDate(), p.followUpOutcome(),
                p.visits().stream().map(Visit::of).toList(), p.recordedBy(), p.recordedAt());
    }
}
