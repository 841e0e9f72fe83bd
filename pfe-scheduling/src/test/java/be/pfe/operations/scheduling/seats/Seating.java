package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.JpaEnrolments;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.JpaLearners;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.partner.JpaPartnerOrganisations;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Sessions, learners and screened enrolments for the seat tests, on the real PostgreSQL. */
public final class Seating {

    private final TestDatabase database;
    private final Clock clock;
    private int learners;

    public Seating(TestDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A clock at 10:00 Brussels time on the day. */
    public static Clock clockOn(LocalDate day) {
        ZoneId brussels = Clocks.BRUSSELS;
        return Clock.fixed(day.atTime(10, 0).atZone(brussels).toInstant(), brussels);
    }

    public SeatBooking booking(EntityManager em) {
        return new SeatBooking(new JpaEnrolments(em), new JpaPartnerOrganisations(em), clock);
    }

    public EnrolmentWorkflow workflow(EntityManager em) {
        return new EnrolmentWorkflow(new JpaEnrolments(em), new JpaLearners(em), new JpaPartnerOrganisations(em),
                clock);
    }

    public SessionSeats seats(EntityManager em) {
        return new SessionSeats(em, new JpaEnrolments(em), new JpaCourseSessions(em), new JpaPartnerOrganisations(em));
    }

    /** A session of the given seats, without room, from {@code start} for three months. */
    public long session(String courseCode, int seats, LocalDate start) {
        return database.inTransaction(em -> {
            CourseSession session = new CourseSession(Fixtures.course(em, courseCode), Fixtures.centre(em, "DIGITALCITY"),
                    null, new DateRange(start, start.plusMonths(3)), seats, Language.FR);
            return new JpaCourseSessions(em).add(session).id();
        });
    }

    public long learner(EntryStatus status) {
        int number = ++learners;
        return database.inTransaction(em -> new JpaLearners(em).add(new Learner(new LearnerDetails(
                "Learner" + number, "Test", LocalDate.of(1990, 1, 1).plusDays(number), null, null, Language.FR,
                status, EducationLevel.LOWER_SECONDARY, null), LocalDate.now(clock))).id());
    }

    /** A learner who applied through the partner (or none) and passed the screening. */
    public long screened(long session, String partner) {
        return screened(session, partner, EntryStatus.JOBSEEKER_ACTIRIS);
    }

    public long screened(long session, String partner, EntryStatus status) {
        long learner = learner(status);
        return database.inTransaction(em -> {
            EnrolmentWorkflow workflow = workflow(em);
            Enrolment enrolment = workflow.apply(learner, session, partner, "staff");
            workflow.screen(enrolment.id(), "staff", null);
            return enrolment.id();
        });
    }

    /** Many screened learners applying directly (no partner), written in one transaction. */
    public List<Long> screenedInBulk(long session, int count) {
        return database.inTransaction(em -> {
            EnrolmentWorkflow workflow = workflow(em);
            JpaLearners learnerRepository = new JpaLearners(em);
            List<Long> enrolments = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int number = ++learners;
                long learner = learnerRepository.add(new Learner(new LearnerDetails("Learner" + number, "Bulk",
                        LocalDate.of(1980, 1, 1).plusDays(number), null, null, Language.NL,
                        EntryStatus.JOBSEEKER_VDAB, EducationLevel.UPPER_SECONDARY, null), LocalDate.now(clock))).id();
                long enrolment = workflow.apply(learner, session, null, "staff").id();
                workflow.screen(enrolment, "staff", null);
                enrolments.add(enrolment);
            }
            return enrolments;
        });
    }

    public Booking admit(long enrolment) {
        return database.inTransaction(em -> booking(em).admit(enrolment, "staff"));
    }

    public Enrolment read(long enrolment) {
        return database.inTransaction(em -> {
            Enrolment read = new JpaEnrolments(em).byId(enrolment).orElseThrow();
            read.history(); // loaded while the persistence context is open
            return read;
        });
    }
}
