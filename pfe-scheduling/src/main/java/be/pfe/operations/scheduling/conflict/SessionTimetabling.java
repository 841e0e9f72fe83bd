package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.calendar.CentreClosures;
import be.pfe.operations.domain.calendar.ClosingCalendar;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingSchedule;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * Gives a session its weekly times: its meetings are generated over its period, skipping the centre's
 * closed days, and checked for conflicts. Blocked conflicts refuse the change; warnings refuse it too unless
 * someone accepts them with a reason, which is recorded with who accepted them and when. Either the whole
 * change is saved or nothing is.
 */
@ApplicationScoped
@Transactional
public class SessionTimetabling {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private CourseSessions sessions;
    private Meetings meetings;
    private CentreClosures closures;
    private ConflictDetector detector;
    private ConflictGate gate;

    protected SessionTimetabling() {
        // for CDI
    }

    @Inject
    public SessionTimetabling(CourseSessions sessions, Meetings meetings, CentreClosures closures,
                              ConflictDetector detector, ConflictGate gate) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.closures = closures;
        this.detector = detector;
        this.gate = gate;
    }

    /** For use outside a container (tests): the same, on the given entity manager. */
    public SessionTimetabling(EntityManager entityManager, CourseSessions sessions, Meetings meetings,
                              CentreClosures closures, ConflictDetector detector, ConflictGate gate) {
        this(sessions, meetings, closures, detector, gate);
        this.entityManager = entityManager;
    }

    /**
     * Sets the weekly pattern and regenerates the session's scheduled meetings.
     *
     * @param acceptance who accepts the warnings and why, or {@code null} to accept none
     * @return the meetings now scheduled
     */
    public List<MeetingTime> setWeeklyPattern(long sessionId, Collection<WeeklySlot> pattern,
                                              ConflictGate.Acceptance acceptance) {
        CourseSession session = session(sessionId);
        session.changeWeeklyPattern(pattern);
        MeetingSchedule schedule = MeetingSchedule.generate(session.period(), session.weeklyPattern(),
                new ClosingCalendar(session.period(), closures.ofCentreDuring(session.centre().code(), session.period())));
        gate.pass(session, detector.conflictsOf(session, schedule.meetings()), acceptance);

        for (Meeting meeting : meetings.ofSession(sessionId)) {
            if (meeting.status() == MeetingStatus.SCHEDULED) {
                entityManager.remove(meeting);
            }
        }
        entityManager.flush();
        meetings.addAll(schedule.meetings().stream().map(time -> new Meeting(session, time)).toList());
        return schedule.meetings();
    }

    /** Moves one meeting (a make-up day, a changed time), checked for conflicts like a whole pattern. */
    public MeetingTime moveMeeting(long meetingId, MeetingTime time, ConflictGate.Acceptance acceptance) {
        Meeting meeting = meetings.byId(meetingId)
                .orElseThrow(() -> new NotFoundException("meeting.unknown", null, meetingId));
        meeting.moveTo(time);
        gate.pass(meeting.session(), detector.conflictsOf(meeting.session(), List.of(time)), acceptance);
        return meeting.time();
    }

    private CourseSession session(long sessionId) {
        return sessions.byId(sessionId).orElseThrow(() -> new NotFoundException("session.unknown", null, sessionId));
    }
}
