package be.pfe.operations.scheduling.validation;

import be.pfe.operations.domain.validation.ValidationResult;

import java.time.LocalDate;

/**
 * One line of the results grid: a candidate's result and, for a pass, the certificate's number (left empty, the
 * next number of the centre's yearly series is given) and date (left empty: the day of the test).
 */
public record CandidateResult(long candidateId, ValidationResult result, String certificateNumber,
                             LocalDate certificateDate) {
}
