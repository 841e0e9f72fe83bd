package be.pfe.operations.web.attendance;

import be.pfe.operations.domain.attendance.AttendanceRate;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.scheduling.attendance.SessionAttendance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The attendance of a session as the API shows it: per learner and in total, meetings attended (present or late)
 * over meetings expected (excused absences are not expected), and the rate ({@code null} before any).
 */
@Schema(name = "AttendanceView")
public record AttendanceDto(long session, List<Learner> learners, Counts total) {

    /** One learner's attendance. */
    public record Learner(long enrolment, long learner, String familyName, String givenName, EnrolmentStatus status,
                          Counts attendance) {
    }

    /** Counted marks and the rate. */
    public record Counts(int present, int late, int absent, int excused, int attended, int expected, Double rate) {

        static Counts of(AttendanceRate rate) {
            return new Counts(rate.present(), rate.late(), rate.absent(), rate.excused(), rate.attended(),
                    rate.expected(), rate.rate());
        }
    }

    static AttendanceDto of(SessionAttendance attendance) {
        return new AttendanceDto(attendance.sessionId(), attendance.learners().stream()
                .map(learner -> new Learner(learner.enrolmentId(), learner.learnerId(), learner.familyName(),
                        learner.givenName(), learner.status(), Counts.of(learner.attendance())))
                .toList(), Counts.of(attendance.total()));
    }
}
