package be.pfe.operations.web.centre;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import be.pfe.operations.domain.calendar.ClosureKind;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.CourseDetails;
import be.pfe.operations.domain.course.CourseKind;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.room.RoomInput;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.shared.Language;

import java.time.LocalDate;
import java.util.List;

/** The bodies the API receives for the catalogue; {@code version} is the version a change starts from. */
public final class CatalogueInput {

    private CatalogueInput() {
    }

    /** A course: see {@link CourseDetails}. */
    public record Course(String code, String titleFr, String titleNl, String titleEn, CourseKind kind,
                         String occupation, Sector sector, String providingPartner, Language teachingLanguage,
                         Integer durationHours, Boolean shortageOccupation, List<TargetGroup> targetGroups,
                         RoomType requiredRoomType, List<String> requiredEquipment, List<String> qualifiedTrainers,
                         Long version) {

        CourseDetails toDetails() {
            return new CourseDetails(code, titleFr, titleNl, titleEn, kind, occupation, sector, providingPartner,
                    teachingLanguage, durationHours, Boolean.TRUE.equals(shortageOccupation), targetGroups,
                    requiredRoomType, requiredEquipment, qualifiedTrainers);
        }
    }

    /** A room of a centre. */
    public record Room(String code,
                       @Schema(maxLength = be.pfe.operations.domain.room.Room.NAME_LENGTH) String name, RoomType type,
                       @Schema(minimum = "1", maximum = "" + be.pfe.operations.domain.room.Room.MAX_SEATS)
                       Integer seatCapacity, List<String> equipment,
                       Long version) {

        RoomInput toInput() {
            return new RoomInput(code, name, type, seatCapacity, equipment);
        }
    }

    /** A day or period the centre is closed. */
    public record Closure(LocalDate startDate, LocalDate endDate, ClosureKind kind, String reason) {
    }
}
