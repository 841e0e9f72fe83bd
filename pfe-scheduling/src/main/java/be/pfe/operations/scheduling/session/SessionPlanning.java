package be.pfe.operations.scheduling.session;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.course.Courses;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.Rooms;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Plans course sessions into rooms. A room holds one session at a time: planning a session into a room that
 * another (not cancelled) session holds on an overlapping day is refused, naming the clash.
 *
 * <p>The room row is locked before the check, so two people (or two application instances) booking the same
 * room at the same moment are checked one after the other and cannot both get it.
 */
@ApplicationScoped
@Transactional
public class SessionPlanning {

    private Centres centres;
    private Courses courses;
    private Rooms rooms;
    private CourseSessions sessions;

    protected SessionPlanning() {
        // for CDI
    }

    @Inject
    public SessionPlanning(Centres centres, Courses courses, Rooms rooms, CourseSessions sessions) {
        this.centres = centres;
        this.courses = courses;
        this.rooms = rooms;
        this.sessions = sessions;
    }

    public CourseSession plan(PlanSession request) {
        if (request.centreCode() == null || request.centreCode().isBlank()) {
            throw new BusinessRuleException("session.centre.required", "centre");
        }
        Centre centre = centres.byCode(request.centreCode())
                .orElseThrow(() -> new NotFoundException("centre.unknown", "centre", request.centreCode()));
        if (request.courseCode() == null || request.courseCode().isBlank()) {
            throw new BusinessRuleException("session.course.required", "course");
        }
        Course course = courses.byCode(request.courseCode())
                .orElseThrow(() -> new NotFoundException("course.unknown", "course", request.courseCode()));
        if (request.seatCapacity() == null) {
            throw new BusinessRuleException("session.capacity.required", "seatCapacity");
        }
        DateRange period = new DateRange(request.startDate(), request.endDate());

        Room room = null;
        if (request.roomCode() != null && !request.roomCode().isBlank()) {
            room = rooms.byCodeForBooking(centre.code(), request.roomCode())
                    .orElseThrow(() -> new NotFoundException("room.unknown", "room", request.roomCode(), centre.code()));
            List<CourseSession> clashes = sessions.holdingRoomDuring(room, period);
            if (!clashes.isEmpty()) {
                throw new RoomAlreadyBookedException(room, clashes.get(0));
            }
        }
        return sessions.add(new CourseSession(course, centre, room, period, request.seatCapacity(),
                request.teachingLanguage()));
    }
}
