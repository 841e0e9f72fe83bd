package be.pfe.operations.reporting.yearly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/** Keeps the records a closed year's report counted the first time it was produced (once: a second keeper loses). */
@ApplicationScoped
public class YearlySnapshotStore {

    @PersistenceContext(unitName = "pfe")
    EntityManager entityManager;

    /** The kept lines of the centre's ({@code *}: all centres) year: line, spots, records, taken at. */
    @SuppressWarnings("unchecked")
    public List<Object[]> kept(String centre, int year) {
        return entityManager.createNativeQuery(
                        "select line, spots, records, taken_at from yearly_snapshot where centre_code = ? and year = ?")
                .setParameter(1, centre).setParameter(2, year).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(String centre, int year, Map<YearlyLine, SortedSet<String>> counted) {
        for (Map.Entry<YearlyLine, SortedSet<String>> line : counted.entrySet()) {
            entityManager.createNativeQuery("""
                            insert into yearly_snapshot (centre_code, year, line, spots, records)
                            values (?, ?, ?, ?, ?) on conflict do nothing""")
                    .setParameter(1, centre).setParameter(2, year).setParameter(3, line.getKey().name())
                    .setParameter(4, line.getValue().size()).setParameter(5, String.join(",", line.getValue()))
                    .executeUpdate();
        }
    }
}
