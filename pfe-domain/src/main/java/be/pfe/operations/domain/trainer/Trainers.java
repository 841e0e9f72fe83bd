package be.pfe.operations.domain.trainer;

import java.util.Optional;

/** The trainers of all centres. */
public interface Trainers {

    Optional<Trainer> byCode(String code);

    Trainer add(Trainer trainer);
}
