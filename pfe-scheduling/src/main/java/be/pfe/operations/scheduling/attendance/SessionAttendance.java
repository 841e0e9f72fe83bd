package be.pfe.operations.scheduling.attendance;

import be.pfe.operations.domain.attendance.AttendanceRate;

import java.util.List;

/** The attendance of a session: per learner, and for the whole session. */
public record SessionAttendance(long sessionId, List<LearnerAttendance> learners, AttendanceRate total) {
}
