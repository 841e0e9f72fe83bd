package be.pfe.operations.domain.placement;

import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import java.time.LocalDate;

/**
 * What is typed to record a placement: the learner, the host company, the centre that follows it, the enrolment it
 * belongs to (if any), its type, period and hours, the workplace tutor and the centre's coach.
 */
public record PlacementDetails(@Names(RecordKind.LEARNER) Long learnerId, Long companyId,
                               @Names(RecordKind.CENTRE) String centreCode,
                               @Names(RecordKind.ENROLMENT) Long enrolmentId,
                               PlacementType type, LocalDate startDate, LocalDate endDate, Integer hours,
                               String workplaceTutor, String centreCoach) {
}
