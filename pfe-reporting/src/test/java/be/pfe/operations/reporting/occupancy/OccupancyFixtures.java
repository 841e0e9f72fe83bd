package be.pfe.operations.reporting.occupancy;

import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.testing.Fixtures;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.LocalTime;

/** Learners, seated enrolments and meetings for the occupancy tests. */
final class OccupancyFixtures {

    private OccupancyFixtures() {
    }

    /** A French-speaking Actiris jobseeker registered on {@code registered}. */
    static Learner learner(EntityManager em, String name, String familyName, LocalDate birth, LocalDate registered) {
        Learner learner = new Learner(new LearnerDetails(name, familyName, birth, null, null, Language.FR,
                EntryStatus.JOBSEEKER_ACTIRIS, EducationLevel.HIGHER, null), registered);
        em.persist(learner);
        em.flush();
        return learner;
    }

    /** The learner's enrolment in the session, admitted to a seat of the pool. */
    static Enrolment seated(EntityManager em, Learner learner, CourseSession session, Step applied) {
        return Fixtures.seated(em, learner, session, null, Seat.POOL, applied);
    }

    /** A scheduled meeting of the session on {@code day} (ISO date), from and to the given hours and minutes. */
    static Meeting meeting(EntityManager em, CourseSession session, String day, int fromHour, int fromMinute,
                           int toHour, int toMinute) {
        Meeting meeting = new Meeting(session, new MeetingTime(LocalDate.parse(day), LocalTime.of(fromHour, fromMinute),
                LocalTime.of(toHour, toMinute)));
        em.persist(meeting);
        return meeting;
    }
}
