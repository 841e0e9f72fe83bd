package be.pfe.operations.domain.access;

import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.company.Company;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.placement.Placement;
import be.pfe.operations.domain.plan.JointActionPlan;
import be.pfe.operations.domain.screening.Screening;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one access rule for records named in a request (by id, or a centre by its code): each record belongs to one
 * or more centres, and the user must have the access in one of them. Called by {@link UseCaseGuard} before every
 * {@link UseCase} runs, and by the services that read records.
 * <p>
 * A refusal never tells whether the record exists elsewhere: for a user without the access in every centre, an id
 * that exists in another centre and an id that exists nowhere get the same answer ({@code access.denied.record},
 * 403), naming neither the record nor its centre. Only a user with the access everywhere learns that an id is
 * unknown (404). A partner manager reads the personal data of the learners their organisation referred
 * ({@link #referredByActor}).
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

    /** Refuses unless the user may reach the record of this kind with this id (a centre: its code) for this access. */
    public void to(RecordKind kind, Access access, Object id) {
        switch (kind) {
            case CENTRE -> toCentre(access, id instanceof Number number ? centreCode(number.longValue())
                    : String.valueOf(id));
            case SESSION -> toSession(access, number(id));
            case MEETING -> toMeeting(access, number(id));
            case ENROLMENT -> toEnrolment(access, number(id));
            case LEARNER -> toLearner(access, number(id));
            case PLACEMENT -> toPlacement(access, number(id));
            case SCREENING -> toScreening(access, number(id));
            case PLAN -> toPlan(access, number(id));
            case COMPANY -> toCompany(access, number(id));
        }
    }

    /** A company of the shared register: the user needs the access in at least one centre. */
    public void toCompany(Access access, long companyId) {
        found(Company.class, companyId, access, "company.unknown");
        actor.requireAny(access);
    }

    private String centreCode(long centreId) {
        Centre centre = entityManager.find(Centre.class, centreId);
        return centre == null ? "#" + centreId : centre.code();
    }

    public void toCentre(Access access, String centreCode) {
        boolean exists = !entityManager.createNamedQuery(Centre.FIND_BY_CODE, Centre.class)
                .setParameter("code", centreCode).getResultList().isEmpty();
        if (!exists) {
            // the centres are public reference data: an unknown code is said to be one, to everybody
            throw new NotFoundException("centre.unknown", "centre", centreCode);
        }
        requireIn(access, centreCode);
    }

    public void toSession(Access access, long sessionId) {
        requireIn(access, found(CourseSession.class, sessionId, access, "session.unknown").centre().code());
    }

    public void toMeeting(Access access, long meetingId) {
        requireIn(access, found(Meeting.class, meetingId, access, "meeting.unknown").session().centre().code());
    }

    public void toEnrolment(Access access, long enrolmentId) {
        Enrolment enrolment = found(Enrolment.class, enrolmentId, access, "enrolment.unknown");
        if (access == Access.PERSONAL_DATA && referredByActor(enrolment.partnerId() == null ? List.of()
                : List.of(enrolment.partnerId()))) {
            return;
        }
        toSession(access, enrolment.sessionId());
    }

    public void toPlacement(Access access, long placementId) {
        requireIn(access, found(Placement.class, placementId, access, "placement.unknown").centre().code());
    }

    public void toScreening(Access access, long screeningId) {
        requireIn(access, found(Screening.class, screeningId, access, "screening.unknown").centre().code());
    }

    public void toPlan(Access access, long planId) {
        requireIn(access, found(JointActionPlan.class, planId, access, "plan.unknown").centre().code());
    }

    /**
     * A learner is reached through the centres that know them: the centre that registered them, and those of their
     * enrolments, placements, screenings and skills validations. The user needs the access in one of them. A learner
     * no centre knows is reached only by those who have the access in every centre.
     */
    public void toLearner(Access access, long learnerId) {
        if (entityManager.createQuery("select count(l) from Learner l where l.id = :learner", Long.class)
                .setParameter("learner", learnerId).getSingleResult() == 0) {
            unknown(access, "learner.unknown", learnerId);
        }
        if (access == Access.PERSONAL_DATA && referredByActor(entityManager.createQuery("""
                        select e.partnerId from Enrolment e where e.learnerId = :learner and e.partnerId is not null""",
                        Long.class).setParameter("learner", learnerId).getResultList())) {
            return;
        }
        List<String> centres = learnerCentres(learnerId);
        if (centres.stream().noneMatch(centre -> actor.may(access, centre))) {
            requireIn(access, null);
        }
    }

    /** Whether the user may reach this learner with this access (the same rule, as a question). */
    public boolean mayReachLearner(Access access, long learnerId) {
        try {
            toLearner(access, learnerId);
            return true;
        } catch (AccessDeniedException | NotFoundException refused) {
            return false;
        }
    }

    /** The centres that know the learner. */
    private List<String> learnerCentres(long learnerId) {
        List<String> centres = new ArrayList<>(entityManager.createNativeQuery("""
                        select c.code from learner l join centre c on c.id = l.registered_at_centre_id where l.id = ?1
                        union select c.code from enrolment e join course_session s on s.id = e.session_id
                              join centre c on c.id = s.centre_id where e.learner_id = ?1
                        union select c.code from placement p join centre c on c.id = p.centre_id where p.learner_id = ?1
                        union select c.code from screening s join centre c on c.id = s.centre_id where s.learner_id = ?1
                        union select c.code from validation_candidate v join course_session s on s.id = v.session_id
                              join centre c on c.id = s.centre_id where v.learner_id = ?1""")
                .setParameter(1, learnerId).getResultList().stream().map(String::valueOf).toList());
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

    /**
     * The record's centre must be one where the user has the access. The refusal names neither the record nor the
     * centre, unless the user reads that centre's records anyway (then it says which access is missing there).
     */
    private void requireIn(Access access, String centreCode) {
        if (!actor.may(access, centreCode)) {
            throw AccessDeniedException.on(actor, access, centreCode);
        }
    }

    /** The record with this id, or the refusal of an unknown one ({@link #unknown}). */
    private <T> T found(Class<T> type, long id, Access access, String unknownKey) {
        T record = entityManager.find(type, id);
        if (record == null) {
            unknown(access, unknownKey, id);
        }
        return record;
    }

    /**
     * An unknown id (or number): said as such only to those who may reach every centre's records of this kind; to
     * others it is refused like another centre's record, so that nobody learns what exists elsewhere.
     */
    public void unknown(Access access, String messageKey, Object id) {
        if (actor.may(access, null)) {
            throw new NotFoundException(messageKey, null, id);
        }
        throw AccessDeniedException.toRecord(access);
    }

    private static long number(Object id) {
        if (id instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalArgumentException("A record id is a number: " + id.getClass());
    }

    /** The signed-in user, as recorded with what they do. */
    public String username() {
        return actor.username();
    }

    /** The signed-in user. */
    public Actor actor() {
        return actor;
    }
}
