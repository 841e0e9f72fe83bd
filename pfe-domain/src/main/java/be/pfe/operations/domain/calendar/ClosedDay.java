package be.pfe.operations.domain.calendar;

import java.time.LocalDate;

/**
 * A day a centre is closed, and why: a public holiday, or one of the centre's own closures.
 *
 * @param holiday the public holiday, or {@code null} when the centre itself closes
 * @param reason  the centre's reason (for its own closures), or {@code null} for a public holiday
 */
public record ClosedDay(LocalDate date, PublicHoliday holiday, ClosureKind kind, String reason) {

    static ClosedDay holiday(LocalDate date, PublicHoliday holiday) {
        return new ClosedDay(date, holiday, null, null);
    }

    static ClosedDay closure(LocalDate date, CentreClosure closure) {
        return new ClosedDay(date, null, closure.kind(), closure.reason());
    }
}
