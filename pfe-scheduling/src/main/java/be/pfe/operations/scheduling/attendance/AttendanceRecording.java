package be.pfe.operations.scheduling.attendance;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.attendance.AttendanceEntry;
import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.attendance.AttendanceRate;
import be.pfe.operations.domain.attendance.AttendanceSheets;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.scheduling.seats.EnrolmentRow;
import be.pfe.operations.scheduling.seats.SessionSeats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records who attended a meeting, a whole group at once, and counts the attendance of a session. Marks are for
 * learners of the meeting's session who had a seat that day (admitted, enrolled, completed, or dropped out
 * later); a meeting is marked once it has begun its day, never before, and never when it was cancelled. A mark
 * entered again replaces the earlier one. All marks of a save are written, or none.
 */
@ApplicationScoped
@Transactional
public class AttendanceRecording {

    private Meetings meetings;
    private Enrolments enrolments;
    private AttendanceSheets sheets;
    private SessionSeats seats;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;

    protected AttendanceRecording() {
        // for CDI
    }

    @Inject
    public AttendanceRecording(Meetings meetings, Enrolments enrolments, AttendanceSheets sheets, SessionSeats seats) {
        this(meetings, enrolments, sheets, seats, Clocks.system());
    }

    public AttendanceRecording(Meetings meetings, Enrolments enrolments, AttendanceSheets sheets, SessionSeats seats,
                               Clock clock) {
        this.meetings = meetings;
        this.enrolments = enrolments;
        this.sheets = sheets;
        this.seats = seats;
        this.clock = clock;
    }

    /** Records the marks of one meeting, per enrolment id. */
    @UseCase(Access.PLANNING)
    public void record(@Names(RecordKind.MEETING) long meetingId, Map<Long, AttendanceMark> marks, String actor) {
        Step step = new Step(actor, OffsetDateTime.now(clock), null);
        check(meetingId, marks);
        sheets.record(meetingId, marks, step.actor(), step.at());
    }

    /**
     * Refuses marks that cannot be recorded (a meeting cancelled or still to come, an enrolment of another session or
     * without a seat that day) without writing anything: an import's preview asks this for each row.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @UseCase(Access.PLANNING)
    public void check(@Names(RecordKind.MEETING) long meetingId, Map<Long, AttendanceMark> marks) {
        Meeting meeting = meetings.byId(meetingId)
                .orElseThrow(() -> new NotFoundException("meeting.unknown", null, meetingId));
        LocalDate day = meeting.time().date();
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException("attendance.meeting.cancelled", "meeting", day);
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("attendance.meeting.future", "meeting", day);
        }
        if (marks == null || marks.isEmpty()) {
            throw new BusinessRuleException("attendance.marks.required", "marks");
        }
        for (Map.Entry<Long, AttendanceMark> mark : marks.entrySet()) {
            if (mark.getKey() == null || mark.getValue() == null) {
                throw new BusinessRuleException("attendance.mark.required", "marks", String.valueOf(mark.getKey()));
            }
            Enrolment enrolment = enrolments.byId(mark.getKey())
                    .filter(found -> found.sessionId() == meeting.session().id())
                    .orElseThrow(() -> new BusinessRuleException("attendance.enrolment.notInSession", "marks",
                            mark.getKey()));
            if (!hadASeatOn(enrolment, day)) {
                throw new BusinessRuleException("attendance.enrolment.noSeat", "marks", mark.getKey(),
                        enrolment.status());
            }
        }
    }

    /** The mark recorded for the enrolment at the meeting, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @UseCase(Access.PERSONAL_DATA)
    public Optional<AttendanceMark> markOf(@Names(RecordKind.MEETING) long meetingId, @Names(RecordKind.ENROLMENT) long enrolmentId) {
        return sheets.markOf(meetingId, enrolmentId);
    }

    private static boolean hadASeatOn(Enrolment enrolment, LocalDate day) {
        return enrolment.status().holdsSeat() || enrolment.status() == EnrolmentStatus.DROPPED_OUT
                && enrolment.outcomeDate() != null && !enrolment.outcomeDate().isBefore(day);
    }

    /** The marks of the session's meetings: per meeting id, per enrolment id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @UseCase(Access.PERSONAL_DATA)
    public Map<Long, Map<Long, AttendanceMark>> marks(@Names(RecordKind.SESSION) long sessionId) {
        Map<Long, Map<Long, AttendanceMark>> marks = new HashMap<>();
        for (AttendanceEntry entry : sheets.ofSession(sessionId)) {
            marks.computeIfAbsent(entry.meetingId(), meeting -> new HashMap<>()).put(entry.enrolmentId(), entry.mark());
        }
        return marks;
    }

    /** The attendance rate of every learner who had a seat in the session, and of the session as a whole. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @UseCase(Access.PERSONAL_DATA)
    public SessionAttendance ofSession(@Names(RecordKind.SESSION) long sessionId) {
        Map<Long, List<AttendanceMark>> byEnrolment = new HashMap<>();
        for (AttendanceEntry entry : sheets.ofSession(sessionId)) {
            byEnrolment.computeIfAbsent(entry.enrolmentId(), id -> new ArrayList<>()).add(entry.mark());
        }
        List<LearnerAttendance> learners = new ArrayList<>();
        AttendanceRate total = AttendanceRate.of(List.of());
        for (EnrolmentRow row : seats.enrolments(sessionId)) {
            if (!row.status().holdsSeat() && row.status() != EnrolmentStatus.DROPPED_OUT) {
                continue;
            }
            AttendanceRate rate = AttendanceRate.of(byEnrolment.getOrDefault(row.enrolmentId(), List.of()));
            learners.add(new LearnerAttendance(row.enrolmentId(), row.learnerId(), row.familyName(), row.givenName(),
                    row.status(), rate));
            total = total.plus(rate);
        }
        return new SessionAttendance(sessionId, learners, total);
    }
}
