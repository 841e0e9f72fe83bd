package be.pfe.operations.web.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A candidate as the grid and the API show them: the learner's name (personal data), result and certificate. */
@Schema(name = "CandidateView")
public record CandidateDto(long id, long learnerId, String learnerName, String result, String certificateNumber,
                            LocalDate certificateDate, String recordedBy, OffsetDateTime recordedAt) {
}
