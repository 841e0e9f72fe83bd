package be.pfe.operations.domain.placement;

import java.time.LocalDate;

/**
 * What is typed to record a placement: the learner, the host company, the centre that follows it, the enrolment it
 * belongs to (if any), its type, period and hours, the workplace tutor and the centre's coach.
 */
public record PlacementDetails(Long learnerId, Long companyId, String centreCode, Long enrolmentId,
                               PlacementType type, LocalDate startDate, LocalDate endDate, Integer hours,
                               String workplaceTutor, String centreCoach) {
}
