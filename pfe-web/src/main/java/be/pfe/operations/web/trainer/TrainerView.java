package be.pfe.operations.web.trainer;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.trainer.Trainer;

import java.util.List;

/** A trainer in a list: who employs them and where they work. */
public record TrainerView(String code, String name, String partner, List<String> centres) {

    static TrainerView of(Trainer trainer) {
        return new TrainerView(trainer.code(), trainer.name(), trainer.partner().code(),
                trainer.centres().stream().map(Centre::code).toList());
    }
}
