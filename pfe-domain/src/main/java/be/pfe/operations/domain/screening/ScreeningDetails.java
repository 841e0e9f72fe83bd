package be.pfe.operations.domain.screening;

import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import java.time.LocalDate;

/**
 * What is typed about a screening: the learner, the centre that screened them, what it was for (a course, an
 * occupation, or both), the enrolment whose "screened" step it feeds (if any), date, assessor, tests taken, result
 * and recommendation.
 */
public record ScreeningDetails(@Names(RecordKind.LEARNER) Long learnerId,
                               @Names(RecordKind.CENTRE) String centreCode, String courseCode, String occupation,
                               @Names(RecordKind.ENROLMENT) Long enrolmentId, LocalDate screenedOn, String assessor, String testsTaken,
                               String result, Recommendation recommendation) {
}
