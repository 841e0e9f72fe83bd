package be.pfe.operations.domain.session;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;

import java.time.LocalDate;

/** One row of a session list: what a list view shows, read in one query (no entity graph). */
public record SessionListItem(long id, String centreCode, String courseCode, String titleFr, String titleNl,
                              String titleEn, String roomCode, LocalDate startDate, LocalDate endDate,
                              int seatCapacity, Language teachingLanguage, SessionStatus status) {

    /** The row of one session (its course, centre and room are read). */
    public static SessionListItem of(CourseSession session) {
        var title = session.course().title();
        return new SessionListItem(session.id(), session.centre().code(), session.course().code(), title.fr(),
                title.nl(), title.en(), session.room() == null ? null : session.room().code(),
                session.period().start(), session.period().end(), session.seatCapacity(),
                session.teachingLanguage(), session.status());
    }

    /** The same row with the status as of that day (the on-read check: never a stale status). */
    public SessionListItem asOf(LocalDate today) {
        SessionStatus due = status.dueOn(startDate, endDate, today);
        return due == status ? this : new SessionListItem(id, centreCode, courseCode, titleFr, titleNl, titleEn,
                roomCode, startDate, endDate, seatCapacity, teachingLanguage, due);
    }

    /**
     * The session's human code: its course's code and its first day, e.g. {@code TEC-ELEC-01 · 2027-03-01} (the
     * label the occupancy figures give a session too). Computed, not stored: it cannot go out of date when the
     * session moves, and staff recognise a session by its course and start.
     */
    public String code() {
        return humanCode(courseCode, startDate);
    }

    public static String humanCode(String courseCode, LocalDate startDate) {
        return courseCode + " · " + startDate;
    }

    /** The course title in the given language, falling back to another translation. */
    public String title(Language language) {
        return LocalizedText.pick(language, titleFr, titleNl, titleEn);
    }
}
