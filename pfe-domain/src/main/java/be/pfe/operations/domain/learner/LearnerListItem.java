package be.pfe.operations.domain.learner;

import java.time.LocalDate;

/** One learner as a list shows them: their number, name and birth date (never the national register number). */
public record LearnerListItem(long id, String familyName, String givenName, LocalDate birthDate) {
}
