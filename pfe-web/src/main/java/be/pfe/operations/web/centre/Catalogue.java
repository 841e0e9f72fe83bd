package be.pfe.operations.web.centre;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.course.Courses;
import be.pfe.operations.domain.room.Rooms;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads the centres, their rooms and the course catalogue, as views for the pages and the API (any signed-in user). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalogue {

    @Inject
    Centres centres;
    @Inject
    Rooms rooms;
    @Inject
    Courses courses;
    @Inject
    Actor actor;

    public List<CentreDto> centres() {
        actor.requireAny(Access.REFERENCE_DATA);
        return centres.all().stream().map(CentreDto::of).toList();
    }

    public CentreDto centre(String code) {
        actor.requireAny(Access.REFERENCE_DATA);
        return centres.byCode(code).map(CentreDto::of)
                .orElseThrow(() -> new NotFoundException("centre.unknown", null, code));
    }

    public List<RoomDto> rooms(String centreCode) {
        centre(centreCode);
        return rooms.ofCentre(centreCode).stream().map(RoomDto::of).toList();
    }

    public RoomDetails room(String centreCode, String roomCode) {
        centre(centreCode);
        return rooms.ofCentre(centreCode).stream().filter(room -> room.code().equals(roomCode)).findFirst()
                .map(RoomDetails::of)
                .orElseThrow(() -> new NotFoundException("room.unknown", null, roomCode, centreCode));
    }

    public List<CourseDto> courses() {
        actor.requireAny(Access.REFERENCE_DATA);
        return courses.all().stream().map(CourseDto::of).toList();
    }

    /** The courses given in the centres whose sessions the user reads (all of them for those who read every centre). */
    public List<CourseDto> coursesGivenInReadableCentres() {
        Actor.CentreScope scope = actor.scope(Access.RECORDS);
        return (scope.all() ? courses.all() : courses.givenIn(scope.centres())).stream().map(CourseDto::of).toList();
    }
}
