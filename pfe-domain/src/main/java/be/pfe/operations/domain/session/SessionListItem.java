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

    /** The course title in the given language, falling back to another translation. */
    public String title(Language language) {
        return LocalizedText.pick(language, titleFr, titleNl, titleEn);
    }
}
