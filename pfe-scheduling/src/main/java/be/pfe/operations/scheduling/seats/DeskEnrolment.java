package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.learner.LearnerRegistration;
import be.pfe.operations.domain.session.CourseSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Enrolment at the desk, in one go: a learner (registered on the spot, or already known) applies for a session
 * (through a partner, if any), is screened, and asks for a seat; answered with the seat taken or the place on the
 * waitlist. One use case, one transaction: nothing is kept when a step is refused.
 */
@ApplicationScoped
@Transactional
public class DeskEnrolment {

    private EnrolmentWorkflow workflow;
    private SeatBooking booking;
    private LearnerRegistration registration;
    private CourseSessions sessions;
    private RecordAccess access;

    protected DeskEnrolment() {
        // for CDI
    }

    @Inject
    public DeskEnrolment(EnrolmentWorkflow workflow, SeatBooking booking, LearnerRegistration registration,
                         CourseSessions sessions, RecordAccess access) {
        this.workflow = workflow;
        this.booking = booking;
        this.registration = registration;
        this.sessions = sessions;
        this.access = access;
    }

    /** Registers a new learner in the session's centre and enrols them in the session. */
    @UseCase(Access.PLANNING)
    public Booking enrolNewLearner(@Names(RecordKind.SESSION) long sessionId, LearnerDetails details,
                                   String partnerCode) {
        String actor = access.username();
        Learner learner = registration.register(details, sessions.byId(sessionId).orElseThrow().centre().code());
        return enrol(learner.id(), sessionId, partnerCode, actor);
    }

    /** Enrols a learner already registered in the session (the session is checked before the learner). */
    @UseCase(Access.PLANNING)
    public Booking enrolExistingLearner(@Names(RecordKind.SESSION) long sessionId,
                                        @Names(RecordKind.LEARNER) long learnerId, String partnerCode) {
        return enrol(learnerId, sessionId, partnerCode, access.username());
    }

    private Booking enrol(long learnerId, long sessionId, String partnerCode, String actor) {
        Enrolment enrolment = workflow.apply(learnerId, sessionId, partnerCode, actor);
        workflow.screen(enrolment.id(), actor, null);
        return booking.admit(enrolment.id(), actor);
    }
}
