package be.pfe.operations.domain.screening;

import java.time.LocalDate;

/**
 * What is typed about a screening: the learner, the centre that screened them, what it was for (a course, an
 * occupation, or both), the enrolment whose "screened" step it feeds (if any), date, assessor, tests taken, result
 * and recommendation.
 */
public record ScreeningDetails(Long learnerId, String centreCode, String courseCode, String occupation,
                               Long enrolmentId, LocalDate screenedOn, String assessor, String testsTaken,
                               String result, Recommendation recommendation) {
}
