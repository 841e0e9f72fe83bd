package be.pfe.operations.web.centre;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.course.CourseKind;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.trainer.Trainer;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One course with everything the catalogue keeps of it, its qualified trainers (by code) and its version (also the
 * ETag): a change names the version it starts from.
 */
@Schema(name = "CourseDetailsView")
public record CourseDetailsDto(String code, String titleFr, String titleNl, String titleEn, CourseKind kind,
                                String occupation, Sector sector, String providingPartner, Language teachingLanguage,
                                int durationHours, boolean shortageOccupation, List<TargetGroup> targetGroups,
                                RoomType requiredRoomType, List<String> requiredEquipment,
                                List<String> qualifiedTrainers, boolean retired, LocalDate retiredOn, long version) {

    static CourseDetailsDto of(Course course, List<Trainer> trainers) {
        return new CourseDetailsDto(course.code(), course.title().fr(), course.title().nl(), course.title().en(),
                course.kind(), course.occupation(), course.sector(), course.providingPartner().code(),
                course.teachingLanguage(), course.durationHours(), course.shortageOccupation(),
                course.targetGroups().stream().sorted().toList(), course.requiredRoomType(),
                course.requiredEquipment().stream().sorted().toList(), trainers.stream().map(Trainer::code).toList(),
                course.isRetired(), course.retiredOn(), course.version());
    }
}
