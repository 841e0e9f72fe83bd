package be.pfe.operations.scheduling.session;

import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
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

/**
 * Plans course sessions into rooms. A session placed in a room does not hold it for its whole period: the room
 * is booked by the session's meetings, so two sessions can share a room over the same weeks on different days
 * or half-days. Room clashes are found meeting by meeting when the session is given its times
 * ({@link be.pfe.operations.scheduling.conflict.SessionTimetabling}), under a lock of the room row.
 *
 * <p>The room row is locked here too, so that planning and timetabling the same room take their turns.
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

    @UseCase(Access.PLANNING)
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
        course.requirePlannable("course");
        if (request.seatCapacity() == null) {
            throw new BusinessRuleException("session.capacity.required", "seatCapacity");
        }
        DateRange period = new DateRange(request.startDate(), request.endDate());

        Room room = null;
        if (request.roomCode() != null && !request.roomCode().isBlank()) {
            room = rooms.byCodeForBooking(centre.code(), request.roomCode())
                    .orElseThrow(() -> new NotFoundException("room.unknown", "room", request.roomCode(), centre.code()));
        }
        return sessions.add(new CourseSession(course, centre, room, period, request.seatCapacity(),
                request.teachingLanguage()));
    }
}
