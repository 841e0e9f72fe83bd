package be.pfe.operations.domain.centre;

import java.util.List;
import java.util.Optional;

/** The centres (reference data). */
public interface Centres {

    List<Centre> all();

    Optional<Centre> byCode(String code);

    Optional<Centre> byId(long id);
}
