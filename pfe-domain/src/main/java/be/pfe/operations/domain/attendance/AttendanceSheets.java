package be.pfe.operations.domain.attendance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The attendance marks of all meetings. */
public interface AttendanceSheets {

    /** Writes the marks of one meeting (per enrolment id); a mark already there is replaced. */
    void record(long meetingId, Map<Long, AttendanceMark> marks, String recordedBy, OffsetDateTime at);

    /** Every mark of the session's meetings. */
    List<AttendanceEntry> ofSession(long sessionId);

    /** The mark recorded for the enrolment at the meeting, if any. */
    Optional<AttendanceMark> markOf(long meetingId, long enrolmentId);
}
