package be.pfe.operations.domain.screening;

import java.util.List;
import java.util.Optional;

/** The screenings of all learners. */
public interface Screenings {

    Optional<Screening> byId(long id);

    Screening add(Screening screening);

    /** The learner's screenings, earliest first. */
    List<Screening> ofLearner(long learnerId);
}
