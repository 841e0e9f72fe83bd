package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.audit.AuditAction;
import be.pfe.operations.domain.audit.AuditTrail;
import be.pfe.operations.scheduling.history.Backdating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The historical import's rows in the application: each written in a transaction of its own, by a user with the
 * history-import right (administrators, data migration), who may bring any centre's past in.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class HistoryRowStore {

    @PersistenceContext(unitName = "pfe")
    EntityManager entityManager;
    @Inject
    Backdating backdating;
    @Inject
    AuditTrail audit;

    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    /** What the row would do, with all its problems; writes nothing. */
    @UseCase(Access.HISTORY_IMPORT)
    @Transactional(Transactional.TxType.SUPPORTS)
    public HistoryRow check(HistoryKind kind, SourceRow row, Set<String> pending, ValueLabels labels,
                            Map<String, Optional<Long>> codes) {
        return rows(labels, codes).check(kind, row, pending);
    }

    /** Writes the row in a transaction of its own. */
    @UseCase(Access.HISTORY_IMPORT)
    public HistoryRow write(HistoryKind kind, SourceRow row, String actor, ValueLabels labels,
                            Map<String, Optional<Long>> codes) {
        HistoryRow written = rows(labels, codes).write(kind, row, actor);
        entityManager.flush();
        return written;
    }

    /** The audit trail's record of a file applied: its kind and how many rows did what (never personal data). */
    @UseCase(Access.HISTORY_IMPORT)
    public void recordImport(String actor, HistoryReport report) {
        audit.record(actor, AuditAction.HISTORY_IMPORTED, "history " + report.kind().path(),
                "new " + report.count(HistoryOutcome.NEW) + ", linked " + report.count(HistoryOutcome.LINKED)
                        + ", unchanged " + report.count(HistoryOutcome.UNCHANGED)
                        + ", refused " + report.count(HistoryOutcome.ERROR));
    }

    private HistoryRows rows(ValueLabels labels, Map<String, Optional<Long>> codes) {
        return new HistoryRows(entityManager, clock, backdating.windowDays(), labels, codes);
    }
}
