package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.shared.DateRange;

import java.util.List;

/** The closures each centre chooses. */
public interface CentreClosures {

    List<CentreClosure> ofCentreDuring(String centreCode, DateRange period);

    CentreClosure add(CentreClosure closure);

    java.util.Optional<CentreClosure> byId(long id);

    void remove(CentreClosure closure);
}
