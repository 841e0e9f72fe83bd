package be.pfe.operations.web.access;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * The access checks of records reached by their id: a session, a meeting, an enrolment or a learner belongs to a
 * centre (a learner to the centres of their enrolments), and the user must have the access there. An unknown id
 * is answered as unknown; a record of another centre is refused (403) without telling anything about it. A partner
 * manager reads the personal data of the learners their organisation referred ({@link #referredByActor}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordAccess {

    @PersistenceContext(unitName = "pfe")
    EntityManager entityManager;
    @Inject
    Actor actor;

    protected RecordAccess() {
        // for CDI
    }

    /** For use outside a container (tests): the same, on the given entity manager and for the given user. */
    public RecordAccess(EntityManager entityManager, Actor actor) {
        this.entityManager = entityManager;
        this.actor = actor;
    }

    public void toSession(Access access, long sessionId) {
        CourseSession session = entityManager.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("session.unknown", null, sessionId);
        }
        actor.require(access, session.centre().code());
    }

    public void toMeeting(Access access, long meetingId) {
        Meeting meeting = entityManager.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new NotFoundException("meeting.unknown", null, meetingId);
        }
        actor.require(access, meeting.session().centre().code());
    }

    public void toEnrolment(Access access, long enrolmentId) {
        Enrolment enrolment = entityManager.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException("enrolment.unknown", null, enrolmentId);
        }
        if (access == Access.PERSONAL_DATA && referredByActor(enrolment.partnerId() == null ? List.of()
                : List.of(enrolment.partnerId()))) {
            return;
        }
        toSession(access, enrolment.sessionId());
    }

    /**
     * A learner is reached through their enrolments, placements and screenings: the user needs the access in one of
     * those centres. A learner
     * not enrolled anywhere yet is reached only by those who have the access in every centre.
     */
    public void toLearner(Access access, long learnerId) {
        if (access == Access.PERSONAL_DATA && referredByActor(entityManager.createQuery("""
                        select e.partnerId from Enrolment e where e.learnerId = :learner and e.partnerId is not null""",
                        Long.class).setParameter("learner", learnerId).getResultList())) {
            return;
        }
        List<String> centres = learnerCentres(learnerId);
        if (centres.isEmpty()) {
            actor.require(access, null);
        } else if (centres.stream().noneMatch(centre -> actor.may(access, centre))) {
            actor.require(access, centres.get(0));
        }
    }

    /** The centres of the learner's enrolments (through their sessions), placements and screenings. */
    private List<String> learnerCentres(long learnerId) {
        List<String> centres = new java.util.ArrayList<>(entityManager.createQuery("""
                        select distinct s.centre.code from Enrolment e, CourseSession s
                        where s.id = e.sessionId and e.learnerId = :learner""", String.class)
                .setParameter("learner", learnerId)
                .getResultList());
        centres.addAll(entityManager.createQuery(
                        "select distinct p.centre.code from Placement p where p.learnerId = :learner", String.class)
                .setParameter("learner", learnerId).getResultList());
        centres.addAll(entityManager.createQuery(
                        "select distinct s.centre.code from Screening s where s.learnerId = :learner", String.class)
                .setParameter("learner", learnerId).getResultList());
        return centres.stream().distinct().toList();
    }

    /**
     * The referring-partner rule: a partner manager reads the personal data of the learners their organisation
     * referred (an enrolment that names the partner: its quota, its referral), and of no one else. Only the
     * reading of personal data: planning, records and other learners keep their own checks.
     */
    private boolean referredByActor(List<Long> partnerIds) {
        Set<String> managed = actor.managedPartners();
        if (managed.isEmpty() || partnerIds.isEmpty()) {
            return false;
        }
        return !entityManager.createQuery("""
                        select p.code from PartnerOrganisation p where p.id in :ids and p.code in :managed""", String.class)
                .setParameter("ids", partnerIds)
                .setParameter("managed", managed)
                .getResultList().isEmpty();
    }

    /** The signed-in user, as recorded with what they do. */
    public String username() {
        return actor.username();
    }
}
