package be.pfe.operations.reporting.seats;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.course.CourseKind;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.DateRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seats offered per centre in a year.
 *
 * <p>Counting rule: a session counts in every year it is active in (it starts on or before 31 December and
 * ends on or after 1 January), with all its seats. A session that runs from October to March therefore counts in both
 * years, as the centres' yearly figures do. A cancelled session follows the one rule of the occupancy figures and
 * the yearly report (docs/counting-rules.md): cancelled on or before its first day (or on no known day), it offers
 * no seats; cancelled after it, it was held from its first day until the day it was cancelled, and offers its seats
 * in the years of that time only.
 */
@ApplicationScoped
public class SeatsOffered {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected SeatsOffered() {
        // for CDI
    }

    public SeatsOffered(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public SeatsOfferedReport forYear(Year year) {
        DateRange span = DateRange.of(year);
        List<Object[]> rows = entityManager.createQuery("""
                        select s.centre.id, count(s), sum(s.seatCapacity)
                        from CourseSession s
                        where s.period.start <= :end and s.course.kind = :training
                          and ((s.status <> :cancelled and s.period.end >= :start)
                            or (s.status = :cancelled and s.cancelledOn > s.period.start
                                and s.cancelledOn >= :start and s.period.end >= :start))
                        group by s.centre.id""", Object[].class)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .setParameter("training", CourseKind.TRAINING)
                .setParameter("start", span.start())
                .setParameter("end", span.end())
                .getResultList();
        Map<Long, Object[]> byCentre = new HashMap<>();
        rows.forEach(row -> byCentre.put(((Number) row[0]).longValue(), row));

        List<CentreSeats> centres = entityManager.createNamedQuery(Centre.FIND_ALL, Centre.class).getResultList()
                .stream()
                .map(centre -> {
                    Object[] row = byCentre.get(centre.id());
                    return row == null
                            ? new CentreSeats(centre.code(), centre.name(), 0, 0)
                            : new CentreSeats(centre.code(), centre.name(), ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue());
                })
                .toList();
        return new SeatsOfferedReport(year, centres);
    }
}
