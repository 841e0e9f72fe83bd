package be.pfe.operations.domain.session;


import java.util.List;
import java.util.Optional;

/** The course sessions of all centres. */
public interface CourseSessions {

    Optional<CourseSession> byId(long id);

    CourseSession add(CourseSession session);

    List<SessionListItem> search(SessionSearch search);

    long count(String centreCode);
}
