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
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Gives a session its weekly times: its meetings are generated over its period, skipping the centre's
 * closed days, and checked for conflicts. Blocked conflicts refuse the change; warnings refuse it too unless
 * someone accepts them with a reason, which is recorded with who accepted them and when. Either the whole
 * change is saved or nothing is.
 */
@ApplicationScoped
@Transactional
public class SessionTimetabling {

    public static final int REASON_LENGTH = 500;

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private CourseSessions sessions;
    private Meetings meetings;
    private CentreClosures closures;
    private ConflictDetector detector;
    private ConflictPolicy policy;

    protected SessionTimetabling() {
        // for CDI
    }

    @Inject
    public SessionTimetabling(CourseSessions sessions, Meetings meetings, CentreClosures closures,
                              ConflictDetector detector, ConflictPolicy policy) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.closures = closures;
        this.detector = detector;
        this.policy = policy;
    }

    /** For use outside a container (tests): the same, on the given entity manager. */
    public SessionTimetabling(EntityManager entityManager, CourseSessions sessions, Meetings meetings,
                              CentreClosures closures, ConflictDetector detector, ConflictPolicy policy) {
        this(sessions, meetings, closures, detector, policy);
        this.entityManager = entityManager;
    }

    /**
     * Sets the weekly pattern and regenerates the session's scheduled meetings.
     *
     * @param acceptance who accepts the warnings and why, or {@code null} to accept none
     * @return the meetings now scheduled
     */
    public List<MeetingTime> setWeeklyPattern(long sessionId, Collection<WeeklySlot> pattern, Acceptance acceptance) {
        CourseSession session = sessions.byId(sessionId)
                .orElseThrow(() -> new NotFoundException("session.unknown", null, sessionId));
        session.changeWeeklyPattern(pattern);
        MeetingSchedule schedule = MeetingSchedule.generate(session.period(), session.weeklyPattern(),
                new ClosingCalendar(session.period(), closures.ofCentreDuring(session.centre().code(), session.period())));

        List<Conflict> conflicts = detector.conflictsOf(session, schedule.meetings());
        Map<ConflictKind, ConflictMode> modes = policy.of(session.centre().code());
        List<Conflict> blocking = new ArrayList<>();
        List<Conflict> warnings = new ArrayList<>();
        conflicts.forEach(c -> (modes.get(c.kind()) == ConflictMode.BLOCK ? blocking : warnings).add(c));
        if (!blocking.isEmpty() || (!warnings.isEmpty() && acceptance == null)) {
            throw new SchedulingConflictException(blocking, warnings);
        }

        for (Meeting meeting : meetings.ofSession(sessionId)) {
            if (meeting.status() == MeetingStatus.SCHEDULED) {
                entityManager.remove(meeting);
            }
        }
        entityManager.flush();
        meetings.addAll(schedule.meetings().stream().map(time -> new Meeting(session, time)).toList());
        for (Conflict warning : warnings) {
            entityManager.createNativeQuery("""
                            insert into accepted_conflict (session_id, kind, meeting_date, other_session_id, reason,
                                                           accepted_by)
                            values (?, ?, cast(? as date), cast(? as bigint), ?, ?)""")
                    .setParameter(1, sessionId)
                    .setParameter(2, warning.kind().name())
                    .setParameter(3, warning.meeting() == null ? null : warning.meeting().date())
                    .setParameter(4, warning.otherSessionId())
                    .setParameter(5, acceptance.reason())
                    .setParameter(6, acceptance.acceptedBy())
                    .executeUpdate();
        }
        return schedule.meetings();
    }

    /** Someone accepts the warnings of a change, and says why. */
    public record Acceptance(String acceptedBy, String reason) {

        public Acceptance {
            if (reason == null || reason.isBlank() || reason.length() > REASON_LENGTH) {
                throw new BusinessRuleException("conflict.acceptance.reasonInvalid", "reason", REASON_LENGTH);
            }
            if (acceptedBy == null || acceptedBy.isBlank()) {
                throw new BusinessRuleException("conflict.acceptance.whoRequired", "acceptedBy");
            }
            reason = reason.strip();
        }
    }
}
