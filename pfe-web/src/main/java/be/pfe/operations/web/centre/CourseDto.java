package be.pfe.operations.web.centre;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course of the catalogue as the API and the pages show it. */
@Schema(name = "CourseView")
public record CourseDto(String code, String titleFr, String titleNl, String titleEn, Sector sector,
                         int durationHours, boolean shortageOccupation, String providingPartner,
                         be.pfe.operations.domain.course.CourseKind kind, Language teachingLanguage, boolean retired,
                         java.time.LocalDate retiredOn, long version) {

    static CourseDto of(Course course) {
        return new CourseDto(course.code(), course.title().fr(), course.title().nl(), course.title().en(),
                course.sector(), course.durationHours(), course.shortageOccupation(),
                course.providingPartner().code(), course.kind(), course.teachingLanguage(), course.isRetired(),
                course.retiredOn(), course.version());
    }

    /** The title in the given language, or another translation when it has none. */
    public String title(Language language) {
        return LocalizedText.pick(language, titleFr, titleNl, titleEn);
    }
}
