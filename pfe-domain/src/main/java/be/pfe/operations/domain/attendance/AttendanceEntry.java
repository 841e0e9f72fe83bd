package be.pfe.operations.domain.attendance;

/** One mark as stored: a learner's enrolment at one meeting. */
public record AttendanceEntry(long meetingId, long enrolmentId, AttendanceMark mark) {
}
