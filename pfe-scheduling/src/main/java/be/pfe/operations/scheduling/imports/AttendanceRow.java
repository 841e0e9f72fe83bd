package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.attendance.AttendanceMark;

/** A row of an attendance file, read: the mark of one enrolment at one meeting. */
public record AttendanceRow(long meetingId, long enrolmentId, AttendanceMark mark) {
}
