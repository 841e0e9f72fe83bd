package be.pfe.operations.web.imports;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.scheduling.imports.HistoryImport;
import be.pfe.operations.scheduling.imports.HistoryKind;
import be.pfe.operations.scheduling.imports.HistoryReport;
import be.pfe.operations.scheduling.imports.HistoryRow;
import be.pfe.operations.scheduling.imports.HistoryRowStore;
import be.pfe.operations.scheduling.imports.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.Set;

/**
 * The historical import as the pages and the API run it: only for users with the history-import right
 * (administrators, data migration: 403 for anyone else, before the file is read), one import at a time per free
 * place ({@link ImportGate}); each applied file is written to the audit trail (kind, rows new, linked, unchanged,
 * refused), never with personal data.
 */
@ApplicationScoped
public class HistoryImports {

    @Inject
    HistoryRowStore store;
    @Inject
    Actor actor;
    @Inject
    RecordAccess access;
    @Inject
    ImportGate gate;

    /** Refuses (403) whoever may not bring past years in. */
    public void requireHistoryImport() {
        actor.requireAny(Access.HISTORY_IMPORT);
    }

    public boolean mayImportHistory() {
        return !actor.scope(Access.HISTORY_IMPORT).none();
    }

    /** A dry run (nothing written) or the import of one file of one kind. */
    public HistoryReport importFile(HistoryKind kind, CheckedImports.Upload upload, boolean dryRun) {
        requireHistoryImport();
        try (ImportGate.Pass pass = gate.enter()) {
            byte[] file = upload.read();
            if (dryRun) {
                return HistoryImport.dryRun(kind, HistoryImport.rows(kind, file), rows(), new HashSet<>());
            }
            HistoryReport report = HistoryImport.run(kind, file, rows(), access.username());
            store.recordImport(access.username(), report);
            return report;
        }
    }

    /** A dry run or the import of a workbook with a sheet per kind, applied kind after kind. */
    public java.util.List<HistoryReport> importWorkbook(CheckedImports.Upload upload, boolean dryRun) {
        requireHistoryImport();
        try (ImportGate.Pass pass = gate.enter()) {
            java.util.Map<HistoryKind, java.util.List<SourceRow>> workbook = HistoryImport.workbook(upload.read());
            if (dryRun) {
                return HistoryImport.dryRun(workbook, rows());
            }
            java.util.List<HistoryReport> reports = HistoryImport.run(workbook, rows(), access.username());
            reports.forEach(report -> store.recordImport(access.username(), report));
            return reports;
        }
    }

    /** How the rows of one import are checked and written, partners and centres looked up once per import. */
    private HistoryImport.Rows rows() {
        java.util.Map<String, java.util.Optional<Long>> codes = new java.util.concurrent.ConcurrentHashMap<>();
        return new HistoryImport.Rows() {
            @Override
            public HistoryRow check(HistoryKind kind, SourceRow row, Set<String> pending) {
                return store.check(kind, row, pending, ImportTemplates.LABELS, codes);
            }

            @Override
            public HistoryRow write(HistoryKind kind, SourceRow row, String username) {
                return store.write(kind, row, username, ImportTemplates.LABELS, codes);
            }
        };
    }
}
