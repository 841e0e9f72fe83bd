package be.pfe.operations.web.screening;

import be.pfe.operations.domain.screening.Recommendation;
import be.pfe.operations.domain.screening.Screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A screening as the API shows it (the learner by id only). */
@Schema(name = "ScreeningView")
public record ScreeningDto(long id, long learner, String centre, String course, String occupation, Long enrolment,
                            LocalDate screenedOn, String assessor, String testsTaken, String result,
                            Recommendation recommendation, String recordedBy, OffsetDateTime recordedAt) {

    public static ScreeningDto of(Screening s) {
        return new ScreeningDto(s.id(), s.learnerId(), s.centre().code(), s.course() == null ? null : s.course().code(),
                s.occupation(), s.enrolmentId(), s.screenedOn(), s.assessor(), s.testsTaken(), s.result(),
                s.recommendation(), s.recordedBy(), s.recordedAt());
    }
}
