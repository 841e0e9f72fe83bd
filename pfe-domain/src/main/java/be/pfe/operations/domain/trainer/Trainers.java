package be.pfe.operations.domain.trainer;

import java.util.List;
import java.util.Optional;

/** The trainers of all centres. */
public interface Trainers {

    Optional<Trainer> byCode(String code);

    /** All trainers by code, with their partner and centres; those who work at the centre when one is given. */
    List<Trainer> all(String centreCode);

    Trainer add(Trainer trainer);

    /** The trainers qualified for the course, by code. */
    List<Trainer> qualifiedFor(String courseCode);
}
