package be.pfe.operations.domain.session;


import java.util.List;
import java.util.Optional;

/** The course sessions of all centres. */
public interface CourseSessions {

    Optional<CourseSession> byId(long id);

    /**
     * The sessions whose human code ({@link SessionListItem#humanCode}) is this course's code (case aside) and this
     * first day, in id order: usually one, two when a course starts twice the same day.
     */
    List<Long> idsByCode(String courseCode, java.time.LocalDate startDate);

    CourseSession add(CourseSession session);

    List<SessionListItem> search(SessionSearch search);

    long count(String centreCode);

    /** How many sessions the search finds (all its pages). */
    long countOf(SessionSearch search);

    /** The session, its row locked until the transaction ends ({@code select ... for update}). */
    Optional<CourseSession> lockById(long id);

    /** The sessions whose status the calendar moves on that day (not closed nor cancelled, started or over). */
    List<Long> dueForCalendar(java.time.LocalDate today);

    /** The session's history, oldest first. */
    List<SessionEvent> historyOf(long sessionId);

    void flush();
}
