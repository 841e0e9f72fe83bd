package be.pfe.operations.web.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A candidate as the grid and the API show them: the learner's name (personal data), result and certificate. */
public record CandidateView(long id, long learnerId, String learnerName, String result, String certificateNumber,
                            LocalDate certificateDate, String recordedBy, OffsetDateTime recordedAt) {
}
