package be.pfe.operations.scheduling.session;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.session.SessionChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The status job: brings every session's status in line with the calendar (running from its first day, closed
 * after its last; closed and cancelled sessions stay as they are), each under its row lock, each step in its
 * history as the calendar's. Idempotent: a second run on the same day changes nothing. Region-wide, acting for no
 * user: the web application runs it at start-up and every hour on the container's managed threads.
 */
@ApplicationScoped
@Transactional
public class SessionCalendarFollower {

    private CourseSessions sessions;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;

    protected SessionCalendarFollower() {
        // for CDI
    }

    @Inject
    public SessionCalendarFollower(CourseSessions sessions) {
        this(sessions, Clocks.system());
    }

    public SessionCalendarFollower(CourseSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** @return how many sessions changed status */
    public int followCalendar() {
        SessionChange change = new SessionChange(SessionChange.CALENDAR, OffsetDateTime.now(clock), null);
        int changed = 0;
        for (long id : sessions.dueForCalendar(change.today())) {
            CourseSession session = sessions.lockById(id).orElse(null);
            if (session != null && session.followCalendar(change)) {
                changed++;
            }
        }
        sessions.flush();
        return changed;
    }
}
