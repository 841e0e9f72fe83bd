package be.pfe.operations.scheduling.pathway;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One step of a learner's pathway on the timeline: a screening, an enrolment, a placement, a skills validation
 * or a certificate, with who recorded it and when. Fields that do not apply to a kind are {@code null}.
 *
 * @param subject        the course (code and title), the occupation, or the company
 * @param status         the enrolment's or placement's status, the screening's recommendation, the validation's result
 * @param attendanceRate an enrolment's attendance rate between 0 and 1, when meetings were expected
 * @param detail         the screening's result, the placement's type, the certificate's number
 * @param backdated      some of its steps were recorded beyond the back-dating window (a history import, a late
 *                       correction)
 */
public record PathwayEntry(Kind kind, long id, LocalDate date, LocalDate until, String centre, String subject,
                           String status, Double attendanceRate, String outcome, String detail,
                           List<Visit> visits, String recordedBy, OffsetDateTime recordedAt, boolean backdated) {

    public PathwayEntry(Kind kind, long id, LocalDate date, LocalDate until, String centre, String subject,
                        String status, Double attendanceRate, String outcome, String detail,
                        List<Visit> visits, String recordedBy, OffsetDateTime recordedAt) {
        this(kind, id, date, until, centre, subject, status, attendanceRate, outcome, detail, visits, recordedBy,
                recordedAt, false);
    }

    @Schema(name = "PathwayEntryKind", description = "What an entry of a pathway is")
    public enum Kind { SCREENING, ENROLMENT, PLACEMENT, VALIDATION, CERTIFICATE }

    /** A follow-up visit of a placement. */
    public record Visit(LocalDate date, String visitedBy, String notes, String recordedBy) {
    }

    /** The attendance rate as a whole percentage, or {@code null}. */
    public Long attendancePercent() {
        return attendanceRate == null ? null : Math.round(attendanceRate * 100);
    }
}
