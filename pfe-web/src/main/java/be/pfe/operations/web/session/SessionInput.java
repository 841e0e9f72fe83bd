package be.pfe.operations.web.session;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.session.PlanSession;

import java.time.LocalDate;

/**
 * The body of a request to plan a session. Centre, course and room are named by their codes; the teaching
 * language is French when not given.
 */
public record SessionInput(String centre, String course, String room, LocalDate startDate, LocalDate endDate,
                           Integer seatCapacity, Language teachingLanguage) {

    PlanSession toCommand() {
        return new PlanSession(centre, course, room, startDate, endDate, seatCapacity,
                teachingLanguage == null ? Language.FR : teachingLanguage);
    }
}
