package be.pfe.operations.domain.session;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.shared.DateRange;

import java.util.List;
import java.util.Optional;

/** The course sessions of all centres. */
public interface CourseSessions {

    Optional<CourseSession> byId(long id);

    CourseSession add(CourseSession session);

    /** Sessions that hold the room on at least one day of the period (cancelled ones do not). */
    List<CourseSession> holdingRoomDuring(Room room, DateRange period);

    List<SessionListItem> search(SessionSearch search);

    long count(String centreCode);
}
