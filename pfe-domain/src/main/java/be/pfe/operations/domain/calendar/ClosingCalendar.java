package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.shared.DateRange;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The days one centre is closed during a period: Belgium's public holidays, computed for every year the
 * period touches, plus the centre's own closures. A public holiday wins when both fall on one day.
 */
public final class ClosingCalendar {

    private final DateRange period;
    private final Map<LocalDate, ClosedDay> closedDays = new TreeMap<>();

    public ClosingCalendar(DateRange period, Collection<CentreClosure> centreClosures) {
        this.period = period;
        for (CentreClosure closure : centreClosures) {
            for (LocalDate day = closure.period().start(); !day.isAfter(closure.period().end());
                 day = day.plusDays(1)) {
                if (period.contains(day)) {
                    closedDays.put(day, ClosedDay.closure(day, closure));
                }
            }
        }
        for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
            for (PublicHoliday holiday : PublicHoliday.values()) {
                LocalDate day = holiday.in(Year.of(year));
                if (period.contains(day)) {
                    closedDays.put(day, ClosedDay.holiday(day, holiday));
                }
            }
        }
    }

    /** Why the centre is closed that day, or empty when it is open (or the day is outside the period). */
    public Optional<ClosedDay> closure(LocalDate day) {
        return Optional.ofNullable(closedDays.get(day));
    }

    public boolean isOpen(LocalDate day) {
        return period.contains(day) && !closedDays.containsKey(day);
    }

    public Collection<ClosedDay> closedDays() {
        return closedDays.values();
    }
}
