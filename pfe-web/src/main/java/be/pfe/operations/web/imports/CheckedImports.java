package be.pfe.operations.web.imports;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.scheduling.imports.AttendanceColumn;
import be.pfe.operations.scheduling.imports.AttendanceRow;
import be.pfe.operations.scheduling.imports.AttendanceRowStore;
import be.pfe.operations.scheduling.imports.ImportReport;
import be.pfe.operations.scheduling.imports.Imports;
import be.pfe.operations.scheduling.imports.LearnerColumn;
import be.pfe.operations.scheduling.imports.LearnerRow;
import be.pfe.operations.scheduling.imports.LearnerRowStore;
import be.pfe.operations.scheduling.imports.RowOutcome;
import be.pfe.operations.scheduling.imports.RowStore;
import be.pfe.operations.scheduling.imports.TableImport;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.scheduling.imports.RowError;
import be.pfe.operations.scheduling.imports.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

/**
 * The imports as the pages and the API may run them. Before anything of the file is read, the user must plan in
 * some centre (read-only roles are refused with 403) and an import must be free to start ({@link ImportGate}).
 * Then each row is checked, and written, only for a session (or a meeting) of a centre the user plans; a row for
 * another centre is refused like any bad row, and never stops the others. Rows are written as the signed-in
 * user's. A refusal that would name a learner already registered names them only when the user may read that
 * learner's personal data: otherwise it says the same without their number.
 */
@ApplicationScoped
public class CheckedImports {

    /** Refusals that name an existing learner by id, and how they are said without naming them. */
    private static final Map<String, String> NAMING_LEARNER = Map.of(
            "import.learner.otherNiss", "import.learner.otherNiss.unnamed",
            "learner.duplicate.niss", "import.learner.duplicate.niss.unnamed",
            "learner.duplicate.nameAndBirthDate", "import.learner.duplicate.nameAndBirthDate.unnamed");

    /** The file of an import, read only once the user may import and an import is free to start. */
    @FunctionalInterface
    public interface Upload {
        byte[] read();
    }

    @Inject
    LearnerRowStore learnerRows;
    @Inject
    AttendanceRowStore attendanceRows;
    @Inject
    RecordAccess access;
    @Inject
    Actor actor;
    @Inject
    ImportGate gate;

    public TableImport<LearnerColumn, LearnerRow> learners() {
        return Imports.learners(guarded(learnerRows, row -> access.toSession(Access.PLANNING, row.sessionId()),
                        this::unnamed, this::sessionReachable, this::sessionByCode),
                Clocks.system()).withLabels(ImportTemplates.LABELS);
    }

    public TableImport<AttendanceColumn, AttendanceRow> attendance() {
        return Imports.attendance(guarded(attendanceRows, row -> access.toMeeting(Access.PLANNING, row.meetingId()),
                UnaryOperator.identity(), row -> null, attendanceRows::resolved)).withLabels(ImportTemplates.LABELS);
    }

    /**
     * The row with its session's human code ("TEC-ELEC-01 · 2027-03-01") written as the session's number, when the
     * code names exactly one session that the user plans. A code of no session, of another centre's session only, or
     * of two sessions the user plans is left as written: the row is then refused with the same words in each case
     * ({@code import.session.unknownCode}, saying what is expected), so that nothing tells another centre's sessions
     * apart from none. The number found still goes through the access check of every row ({@link #sessionReachable},
     * and the use cases' own) like a number written in the file.
     */
    private SourceRow sessionByCode(SourceRow row) {
        List<Long> reachable = learnerRows.sessionsCoded(row.value(LearnerColumn.SESSION)).stream()
                .filter(this::plans).toList();
        return reachable.size() == 1 ? LearnerRowStore.withSession(row, reachable.get(0)) : row;
    }

    private boolean plans(long session) {
        try {
            access.toSession(Access.PLANNING, session);
            return true;
        } catch (BusinessRuleException refused) {
            return false;
        }
    }

    /**
     * The refusal of a row's session when the user does not plan it (checked before anything else is said of it, so
     * that nothing of another centre's session is told), or {@code null}.
     */
    private RowError sessionReachable(SourceRow row) {
        Long session = sessionNumber(row.value(LearnerColumn.SESSION));
        if (session == null) {
            return null;
        }
        try {
            access.toSession(Access.PLANNING, session);
            return null;
        } catch (BusinessRuleException refused) {
            return new RowError("session", refused.messageKey(), List.of(refused.arguments()));
        }
    }

    private static Long sessionNumber(String cell) {
        try {
            long id = cell == null ? 0 : Long.parseLong(cell.strip().replaceAll("\\.0+$", ""));
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Refuses (403) whoever plans nowhere: auditors, board members, partner managers. */
    public void requireImporter() {
        actor.requireAny(Access.PLANNING);
    }

    /** The preview of a file: the user's rights first, then a free place, then the file is read. */
    public ImportReport preview(TableImport<?, ?> tableImport, Upload upload) {
        requireImporter();
        try (ImportGate.Pass pass = gate.enter()) {
            return tableImport.preview(upload.read());
        }
    }

    /** The import of a file, in the same order: rights, a free place, then the file. */
    public ImportReport run(TableImport<?, ?> tableImport, Upload upload, IntConsumer progress) {
        requireImporter();
        try (ImportGate.Pass pass = gate.enter()) {
            return tableImport.run(upload.read(), username(), progress);
        }
    }

    /** Who the rows are written by. */
    public String username() {
        return access.username();
    }

    /**
     * A refusal naming a learner (by id) whom the user may not read is said without the id; one the user may read
     * stays as it is.
     */
    private BusinessRuleException unnamed(BusinessRuleException refusal) {
        String unnamed = NAMING_LEARNER.get(refusal.messageKey());
        if (unnamed == null) {
            return refusal;
        }
        if (refusal.arguments().length > 0 && refusal.arguments()[0] instanceof Number learner) {
            try {
                access.toLearner(Access.PERSONAL_DATA, learner.longValue());
                return refusal;
            } catch (AccessDeniedException | NotFoundException notReadable) {
                // said without naming them
            }
        }
        return new BusinessRuleException(unnamed, refusal.field());
    }

    private static <R> RowStore<R> guarded(RowStore<R> store, Consumer<R> guard,
                                           UnaryOperator<BusinessRuleException> said,
                                           java.util.function.Function<SourceRow, RowError> reachable,
                                           UnaryOperator<SourceRow> resolve) {
        return new RowStore<>() {
            @Override
            public SourceRow resolved(SourceRow row) {
                return resolve.apply(row);
            }

            @Override
            public List<RowError> references(SourceRow row) {
                RowError refused = reachable.apply(row);
                if (refused == null) {
                    return store.references(row);
                }
                List<RowError> errors = new java.util.ArrayList<>(List.of(refused));
                store.references(row).stream().filter(error -> !refused.column().equals(error.column()))
                        .forEach(errors::add);
                return errors;
            }

            @Override
            public RowOutcome check(R row) {
                guard.accept(row);
                try {
                    return store.check(row);
                } catch (BusinessRuleException refusal) {
                    throw said.apply(refusal);
                }
            }

            @Override
            public RowOutcome write(R row, String actor) {
                guard.accept(row);
                try {
                    return store.write(row, actor);
                } catch (BusinessRuleException refusal) {
                    throw said.apply(refusal);
                }
            }
        };
    }
}
