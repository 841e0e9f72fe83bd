package be.pfe.operations.scheduling.attendance;

import be.pfe.operations.domain.attendance.AttendanceRate;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;

/** How one learner of a session attended its meetings so far. */
public record LearnerAttendance(long enrolmentId, long learnerId, String familyName, String givenName,
                                EnrolmentStatus status, AttendanceRate attendance) {
}
