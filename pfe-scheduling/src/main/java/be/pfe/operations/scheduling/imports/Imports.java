package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/** The imports of partners' files: learners with their enrolments, and attendance. */
@ApplicationScoped
public class Imports {

    private LearnerRowStore learnerRows;
    private AttendanceRowStore attendanceRows;

    protected Imports() {
        // for CDI
    }

    @Inject
    public Imports(LearnerRowStore learnerRows, AttendanceRowStore attendanceRows) {
        this.learnerRows = learnerRows;
        this.attendanceRows = attendanceRows;
    }

    public TableImport<LearnerColumn, LearnerRow> learners() {
        return learners(learnerRows, Clocks.system());
    }

    public TableImport<AttendanceColumn, AttendanceRow> attendance() {
        return attendance(attendanceRows);
    }

    /** Learners and enrolments, stored by the given store (each row in a transaction of its own). */
    public static TableImport<LearnerColumn, LearnerRow> learners(RowStore<LearnerRow> store, Clock clock) {
        return new TableImport<>(LearnerColumn.class, new LearnerRows(clock), store);
    }

    public static TableImport<AttendanceColumn, AttendanceRow> attendance(RowStore<AttendanceRow> store) {
        return new TableImport<>(AttendanceColumn.class, new AttendanceRows(), store);
    }
}
