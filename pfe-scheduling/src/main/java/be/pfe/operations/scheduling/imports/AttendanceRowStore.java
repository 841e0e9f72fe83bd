package be.pfe.operations.scheduling.imports;

import be.pfe.operations.scheduling.attendance.AttendanceRecording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;

/**
 * Imports one attendance row with the rules of the attendance grid (a meeting held and not cancelled, an
 * enrolment of its session with a seat that day). The same mark imported again changes nothing.
 */
@ApplicationScoped
public class AttendanceRowStore implements RowStore<AttendanceRow> {

    private AttendanceRecording recording;

    protected AttendanceRowStore() {
        // for CDI
    }

    @Inject
    public AttendanceRowStore(AttendanceRecording recording) {
        this.recording = recording;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RowOutcome check(AttendanceRow row) {
        recording.check(row.meetingId(), Map.of(row.enrolmentId(), row.mark()));
        return recording.markOf(row.meetingId(), row.enrolmentId()).filter(row.mark()::equals).isPresent()
                ? RowOutcome.UNCHANGED : RowOutcome.MARK;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RowOutcome write(AttendanceRow row, String actor) {
        RowOutcome outcome = check(row);
        if (outcome == RowOutcome.MARK) {
            recording.record(row.meetingId(), Map.of(row.enrolmentId(), row.mark()), actor);
        }
        return outcome;
    }
}
