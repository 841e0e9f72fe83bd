package be.pfe.operations.web.trainer;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.trainer.Trainer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One trainer: their partner organisation, the centres they work at, the courses they are qualified for,
 * their weekly availability (none: any time) and their absences.
 */
public record TrainerDetails(String code, String name, Partner partner, List<String> centres,
                             List<Qualification> qualifications, List<Availability> availability,
                             List<Absence> absences, long version) {

    public record Partner(String code, String name) {
    }

    public record Qualification(String course, String title) {
    }

    public record Availability(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    public record Absence(LocalDate start, LocalDate end) {
    }

    public static TrainerDetails of(Trainer trainer, Language language) {
        return new TrainerDetails(trainer.code(), trainer.name(),
                new Partner(trainer.partner().code(), trainer.partner().name()),
                trainer.centres().stream().map(Centre::code).toList(),
                trainer.qualifications().stream()
                        .map(course -> new Qualification(course.code(), course.title().in(language))).toList(),
                trainer.availability().stream()
                        .map(slot -> new Availability(slot.day(), slot.start(), slot.end())).toList(),
                trainer.absences().stream().map(period -> new Absence(period.start(), period.end())).toList(),
                trainer.version());
    }
}
