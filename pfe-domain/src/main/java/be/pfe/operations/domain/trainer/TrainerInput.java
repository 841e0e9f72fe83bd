package be.pfe.operations.domain.trainer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A trainer as typed in the page or sent to the API: code (kept once created), name, employing partner (by code),
 * the centres they work at (by code), the courses they are qualified for (by code), their weekly availability (none:
 * any time) and their absences.
 */
public record TrainerInput(String code, String name, String partner, List<String> centres,
                           List<String> qualifications, List<Availability> availability, List<Absence> absences) {

    /** A weekly time the trainer is available, e.g. MONDAY 08:30-16:30. */
    public record Availability(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    /** A period the trainer is absent, both days included. */
    public record Absence(LocalDate start, LocalDate end) {
    }
}
