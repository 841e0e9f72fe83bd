package be.pfe.operations.web.session;

import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.Language;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the API shows it, with the course title in the client's language and its human code. */
@Schema(name = "SessionView")
public record SessionDto(long id, String centre, String course, String courseTitle, String room,
                          LocalDate startDate, LocalDate endDate, int seatCapacity, Language teachingLanguage,
                          SessionStatus status, String code) {

    static SessionDto of(SessionListItem item, Language language) {
        return new SessionDto(item.id(), item.centreCode(), item.courseCode(), item.title(language),
                item.roomCode(), item.startDate(), item.endDate(), item.seatCapacity(), item.teachingLanguage(),
                item.status(), item.code());
    }
}
