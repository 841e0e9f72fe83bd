package be.pfe.operations.web.centre;

import be.pfe.operations.domain.calendar.CentreClosure;
import be.pfe.operations.domain.calendar.ClosureKind;

import java.time.LocalDate;

/** A day or period a centre is closed, besides the public holidays. */
public record ClosureView(long id, LocalDate startDate, LocalDate endDate, ClosureKind kind, String reason) {

    static ClosureView of(CentreClosure closure) {
        return new ClosureView(closure.id(), closure.period().start(), closure.period().end(), closure.kind(),
                closure.reason());
    }
}
