package be.pfe.operations.web.attendance;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.scheduling.attendance.AttendanceRecording;
import be.pfe.operations.scheduling.attendance.SessionAttendance;
import be.pfe.operations.domain.access.RecordAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * What the pages and the API may do with attendance: marks are entered by those who plan the meeting's centre,
 * and recorded as theirs; a session's marks and rates name learners, so reading them is personal data.
 */
@ApplicationScoped
public class Attendance {

    @Inject
    AttendanceRecording recording;
    @Inject
    RecordAccess access;

    public void record(long meetingId, Map<Long, AttendanceMark> marks) {
        access.toMeeting(Access.PLANNING, meetingId);
        recording.record(meetingId, marks, access.username());
    }

    public SessionAttendance ofSession(long sessionId) {
        access.toSession(Access.PERSONAL_DATA, sessionId);
        return recording.ofSession(sessionId);
    }

    public Map<Long, Map<Long, AttendanceMark>> marks(long sessionId) {
        access.toSession(Access.PERSONAL_DATA, sessionId);
        return recording.marks(sessionId);
    }
}
