package be.pfe.operations.web.attendance;

import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.web.api.Identifiers;

import java.util.HashMap;
import java.util.Map;

/**
 * The body of a meeting's attendance: a mark per enrolment id (e.g. {@code {"12":"PRESENT","13":"LATE"}}),
 * recorded as the signed-in user's.
 */
public record AttendanceInput(Map<String, AttendanceMark> marks) {

    Map<Long, AttendanceMark> marksByEnrolment() {
        Map<Long, AttendanceMark> byEnrolment = new HashMap<>();
        if (marks != null) {
            marks.forEach((enrolment, mark) -> byEnrolment.put(Identifiers.of("marks", enrolment), mark));
        }
        return byEnrolment;
    }
}
