package be.pfe.operations.scheduling.session;

import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.shared.Language;

import java.time.LocalDate;

/**
 * What staff ask for when they plan a session. Fields may be missing (it comes from a form or a REST body);
 * {@link SessionPlanning} refuses what is incomplete with a message per field.
 *
 * @param roomCode the room (its code within the centre), or {@code null} to plan the session before it has one
 */
public record PlanSession(@Names(RecordKind.CENTRE) String centreCode, String courseCode, String roomCode, LocalDate startDate, LocalDate endDate,
                          Integer seatCapacity, Language teachingLanguage) {
}
