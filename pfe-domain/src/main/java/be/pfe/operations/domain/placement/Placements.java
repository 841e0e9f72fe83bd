package be.pfe.operations.domain.placement;

import be.pfe.operations.domain.shared.DateRange;

import java.util.List;
import java.util.Optional;

/** The placements of all learners. */
public interface Placements {

    Optional<Placement> byId(long id);

    Placement add(Placement placement);

    /** The learner's placements, earliest first. */
    List<Placement> ofLearner(long learnerId);

    /**
     * The learner's placements that occupy a day of the period (a placement ended early occupies its days up to
     * the day it ended), except the one given ({@code null}: none).
     */
    List<Placement> overlapping(long learnerId, DateRange period, Long except);

    /**
     * Locks the learner's row until the transaction ends ({@code select ... for update}); false when there is no
     * such learner. Two desks recording placements of the same learner are checked one after the other.
     */
    boolean lockLearner(long learnerId);

    /** Writes the pending changes of a placement (its visits get their ids). */
    Placement save(Placement placement);
}
