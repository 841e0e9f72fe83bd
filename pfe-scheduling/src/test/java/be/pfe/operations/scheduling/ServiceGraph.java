package be.pfe.operations.scheduling;

import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.calendar.JpaCentreClosures;
import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.scheduling.conflict.ConflictDetector;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.ConflictPolicy;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import jakarta.persistence.EntityManager;

import java.time.Clock;

/**
 * The use cases of this module on a test entity manager, wired as the container does (the plain PostgreSQL tests
 * construct them without the container, so without its access check: docs/security.md): one place to follow when a
 * service gets another collaborator.
 */
public final class ServiceGraph {

    private ServiceGraph() {
    }

    /** Changes of meetings with the conflict checks and the centres' policies, on the system clock, checked by nobody. */
    public static SessionTimetabling sessionTimetabling(EntityManager em) {
        JpaMeetings meetings = new JpaMeetings(em);
        JpaCentreClosures closures = new JpaCentreClosures(em);
        return new SessionTimetabling(em, new JpaCourseSessions(em), meetings, closures,
                new ConflictDetector(meetings, closures), new ConflictGate(em, new ConflictPolicy(em)));
    }

    /** The same, as this actor (the rules for past meetings ask who), on this clock's days. */
    public static SessionTimetabling sessionTimetabling(EntityManager em, Actor actor, Clock clock) {
        JpaMeetings meetings = new JpaMeetings(em);
        JpaCentreClosures closures = new JpaCentreClosures(em);
        return new SessionTimetabling(em, new JpaCourseSessions(em), meetings, closures,
                new ConflictDetector(meetings, closures), new ConflictGate(em, new ConflictPolicy(em)), actor, clock);
    }
}
