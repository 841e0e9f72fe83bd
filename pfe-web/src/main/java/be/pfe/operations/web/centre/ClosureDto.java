package be.pfe.operations.web.centre;

import be.pfe.operations.domain.calendar.CentreClosure;
import be.pfe.operations.domain.calendar.ClosureKind;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day or period a centre is closed, besides the public holidays. */
@Schema(name = "ClosureView")
public record ClosureDto(long id, LocalDate startDate, LocalDate endDate, ClosureKind kind, String reason) {

    static ClosureDto of(CentreClosure closure) {
        return new ClosureDto(closure.id(), closure.period().start(), closure.period().end(), closure.kind(),
                closure.reason());
    }
}
