package be.pfe.operations.scheduling.screening;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.course.Courses;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.learner.Learners;
import be.pfe.operations.domain.screening.Recommendation;
import be.pfe.operations.domain.screening.Screening;
import be.pfe.operations.domain.screening.ScreeningDetails;
import be.pfe.operations.domain.screening.Screenings;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.shared.TypedText;
import be.pfe.operations.scheduling.seats.EnrolmentWorkflow;
import be.pfe.operations.scheduling.seats.SeatBooking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Records a screening and, when it names an enrolment of the learner that awaits its screening (applied or
 * referred), takes that enrolment's "screened" step through the enrolment workflow, in the same transaction, with
 * the screening cited as the step's reason. A screening that recommends orienting the learner elsewhere still
 * screens the enrolment (the assessment took place), then refuses it at once with the same reason: the learner
 * never waits for a seat of a training the assessment advised against. Refusals leave nothing written.
 */
@ApplicationScoped
@Transactional
public class ScreeningRecording {

    /** The statuses of an enrolment that still awaits its screening. */
    static final Set<EnrolmentStatus> AWAITING_SCREENING = EnumSet.of(EnrolmentStatus.APPLIED, EnrolmentStatus.REFERRED);

    private Screenings screenings;
    private Learners learners;
    private Centres centres;
    private Courses courses;
    private Enrolments enrolments;
    private CourseSessions sessions;
    private EnrolmentWorkflow workflow;
    private SeatBooking booking;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;

    protected ScreeningRecording() {
        // for CDI
    }

    @Inject
    public ScreeningRecording(Screenings screenings, Learners learners, Centres centres, Courses courses,
                              Enrolments enrolments, CourseSessions sessions, EnrolmentWorkflow workflow,
                              SeatBooking booking) {
        this(screenings, learners, centres, courses, enrolments, sessions, workflow, booking,
                Clocks.system());
    }

    public ScreeningRecording(Screenings screenings, Learners learners, Centres centres, Courses courses,
                              Enrolments enrolments, CourseSessions sessions, EnrolmentWorkflow workflow,
                              SeatBooking booking, Clock clock) {
        this.screenings = screenings;
        this.learners = learners;
        this.centres = centres;
        this.courses = courses;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.workflow = workflow;
        this.booking = booking;
        this.clock = clock;
    }

    @UseCase(Access.PLANNING)
    public Screening record(ScreeningDetails details, String actor) {
        long learnerId = TypedText.chosen(details.learnerId(), "learner");
        learners.byId(learnerId).orElseThrow(() -> new NotFoundException("learner.unknown", "learner", learnerId));
        Centre centre = centres.byCode(TypedText.chosen(details.centreCode(), "centre"))
                .orElseThrow(() -> new NotFoundException("centre.unknown", "centre", details.centreCode()));
        Enrolment enrolment = details.enrolmentId() == null ? null : awaitingScreening(learnerId, details.enrolmentId());
        Course course = course(details.courseCode(), enrolment);
        Screening screening = screenings.add(new Screening(learnerId, centre, course,
                enrolment == null ? null : enrolment.id(), details, actor, OffsetDateTime.now(clock)));
        if (enrolment != null) {
            String reason = reason(screening);
            workflow.screen(enrolment.id(), actor, reason);
            if (screening.recommendation() == Recommendation.ORIENT_ELSEWHERE) {
                booking.refuse(enrolment.id(), actor, reason);
            }
        }
        return screening;
    }

    @UseCase(Access.RECORDS)
    public Screening screening(@Names(RecordKind.SCREENING) long screeningId) {
        return screenings.byId(screeningId)
                .orElseThrow(() -> new NotFoundException("screening.unknown", null, screeningId));
    }

    /** The reason written with the enrolment's steps: which screening, when, and what it recommended. */
    static String reason(Screening screening) {
        return "screening #" + screening.id() + " (" + screening.screenedOn() + "): " + screening.recommendation();
    }

    private Enrolment awaitingScreening(long learnerId, long enrolmentId) {
        Enrolment enrolment = enrolments.byId(enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment.unknown", "enrolment", enrolmentId));
        if (enrolment.learnerId() != learnerId) {
            throw new BusinessRuleException("screening.enrolment.otherLearner", "enrolment", enrolmentId);
        }
        if (!AWAITING_SCREENING.contains(enrolment.status())) {
            throw new BusinessRuleException("screening.enrolment.notAwaiting", "enrolment", enrolment.status());
        }
        return enrolment;
    }

    /** The course named, else the course of the enrolment's session, else none (an occupation only). */
    private Course course(String code, Enrolment enrolment) {
        if (code != null && !code.isBlank()) {
            return courses.byCode(code.strip())
                    .orElseThrow(() -> new NotFoundException("course.unknown", "course", code));
        }
        return enrolment == null ? null : sessions.byId(enrolment.sessionId()).orElseThrow().course();
    }
}
