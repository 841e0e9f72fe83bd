package be.pfe.operations.testing;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.LocalizedText;
import jakarta.persistence.EntityManager;

/** Builds the rooms and courses tests need, on top of the seeded centres and partners. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Centre centre(EntityManager entityManager, String code) {
        return entityManager.createNamedQuery(Centre.FIND_BY_CODE, Centre.class)
                .setParameter("code", code).getSingleResult();
    }

    public static PartnerOrganisation partner(EntityManager entityManager, String code) {
        return entityManager.createNamedQuery(PartnerOrganisation.FIND_BY_CODE, PartnerOrganisation.class)
                .setParameter("code", code).getSingleResult();
    }

    public static Room room(EntityManager entityManager, String centreCode, String code, int seats) {
        return room(entityManager, centreCode, code, seats, RoomType.CLASSROOM);
    }

    public static Room room(EntityManager entityManager, String centreCode, String code, int seats, RoomType type) {
        Room room = new Room(centre(entityManager, centreCode), code, "Room " + code, type, seats);
        entityManager.persist(room);
        entityManager.flush();
        return room;
    }

    public static Course course(EntityManager entityManager, String code) {
        Course course = new Course(code, new LocalizedText("Cours " + code, "Cursus " + code, "Course " + code),
                Sector.DIGITAL, 120, false, partner(entityManager, "BRUXELLES_FORMATION"));
        entityManager.persist(course);
        entityManager.flush();
        return course;
    }

    /** An enrolment of the learner in the session that was screened and admitted at the step, holding the seat. */
    public static Enrolment seated(EntityManager entityManager, Learner learner, CourseSession session, Long partner,
                                   Seat seat, Step step) {
        Enrolment enrolment = new Enrolment(learner, session.id(), partner, step);
        entityManager.persist(enrolment);
        enrolment.screen(step);
        enrolment.admit(seat, learner.id(), step, null);
        entityManager.flush();
        return enrolment;
    }
}
