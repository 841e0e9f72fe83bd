package be.pfe.operations.domain.learner;

import java.time.LocalDate;
import java.util.Optional;

/** The learners of all centres. */
public interface Learners {

    Optional<Learner> byId(long id);

    Optional<Learner> byNiss(NationalRegisterNumber niss);

    Optional<Learner> byNameAndBirthDate(String nameKey, LocalDate birthDate);

    Learner add(Learner learner);
}
