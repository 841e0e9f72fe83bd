package be.pfe.operations.web.imports;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.scheduling.imports.AttendanceColumn;
import be.pfe.operations.scheduling.imports.AttendanceRow;
import be.pfe.operations.scheduling.imports.AttendanceRowStore;
import be.pfe.operations.scheduling.imports.Imports;
import be.pfe.operations.scheduling.imports.LearnerColumn;
import be.pfe.operations.scheduling.imports.LearnerRow;
import be.pfe.operations.scheduling.imports.LearnerRowStore;
import be.pfe.operations.scheduling.imports.RowOutcome;
import be.pfe.operations.scheduling.imports.RowStore;
import be.pfe.operations.scheduling.imports.TableImport;
import be.pfe.operations.domain.access.RecordAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The imports as the pages and the API may run them: each row is checked, and written, only for a session (or a
 * meeting) of a centre the user plans; a row for another centre is refused like any bad row, and never stops
 * the others. Rows are written as the signed-in user's.
 */
@ApplicationScoped
public class CheckedImports {

    @Inject
    LearnerRowStore learnerRows;
    @Inject
    AttendanceRowStore attendanceRows;
    @Inject
    RecordAccess access;

    public TableImport<LearnerColumn, LearnerRow> learners() {
        return Imports.learners(guarded(learnerRows, row -> access.toSession(Access.PLANNING, row.sessionId())),
                Clock.system(ZoneId.of("Europe/Brussels")));
    }

    public TableImport<AttendanceColumn, AttendanceRow> attendance() {
        return Imports.attendance(guarded(attendanceRows, row -> access.toMeeting(Access.PLANNING, row.meetingId())));
    }

    /** Who the rows are written by. */
    public String username() {
        return access.username();
    }

    private static <R> RowStore<R> guarded(RowStore<R> store, Consumer<R> guard) {
        return new RowStore<>() {
            @Override
            public RowOutcome check(R row) {
                guard.accept(row);
                return store.check(row);
            }

            @Override
            public RowOutcome write(R row, String actor) {
                guard.accept(row);
                return store.write(row, actor);
            }
        };
    }
}
