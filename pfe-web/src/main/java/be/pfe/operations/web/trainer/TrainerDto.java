package be.pfe.operations.web.trainer;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.trainer.Trainer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trainer in a list: who employs them and where they work. */
@Schema(name = "TrainerView")
public record TrainerDto(String code, String name, String partner, List<String> centres) {

    static TrainerDto of(Trainer trainer) {
        return new TrainerDto(trainer.code(), trainer.name(), trainer.partner().code(),
                trainer.centres().stream().map(Centre::code).toList());
    }
}
