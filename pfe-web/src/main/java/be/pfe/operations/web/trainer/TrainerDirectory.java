package be.pfe.operations.web.trainer;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.trainer.Trainers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads the trainers, for the pages and the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrainerDirectory {

    @Inject
    Trainers trainers;
    @Inject
    Centres centres;
    @Inject
    Actor actor;

    /** @param centreCode a centre, or {@code null} for the trainers of every centre */
    public List<TrainerDto> list(String centreCode) {
        actor.requireAny(Access.RECORDS);
        if (centreCode != null && centres.byCode(centreCode).isEmpty()) {
            throw new NotFoundException("centre.unknown", "centre", centreCode);
        }
        return trainers.all(centreCode).stream().map(TrainerDto::of).toList();
    }

    public TrainerDetails details(String code, Language language) {
        actor.requireAny(Access.RECORDS);
        return trainers.byCode(code).map(trainer -> TrainerDetails.of(trainer, language))
                .orElseThrow(() -> new NotFoundException("trainer.unknown", null, code));
    }
}
