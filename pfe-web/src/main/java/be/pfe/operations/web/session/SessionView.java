package be.pfe.operations.web.session;

import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.Language;

import java.time.LocalDate;

/** A session as the API shows it, with the course title in the client's language and its human code. */
public record SessionView(long id, String centre, String course, String courseTitle, String room,
                          LocalDate startDate, LocalDate endDate, int seatCapacity, Language teachingLanguage,
                          SessionStatus status, String code) {

    static SessionView of(SessionListItem item, Language language) {
        return new SessionView(item.id(), item.centreCode(), item.courseCode(), item.title(language),
                item.roomCode(), item.startDate(), item.endDate(), item.seatCapacity(), item.teachingLanguage(),
                item.status(), item.code());
    }
}
