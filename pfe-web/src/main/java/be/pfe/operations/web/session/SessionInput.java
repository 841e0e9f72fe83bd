package be.pfe.operations.web.session;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.session.PlanSession;

import java.time.LocalDate;

/**
 * The body of a request to plan a session. Centre, course and room are named by their codes; the teaching
 * language is French when not given.
 */
@Schema(example = "{\"centre\":\"TECHNICITY\",\"course\":\"TEC-ELEC-01\",\"room\":\"T-A02\","
        + "\"startDate\":\"2027-09-06\",\"endDate\":\"2027-11-26\",\"seatCapacity\":10,\"teachingLanguage\":\"FR\"}")
public record SessionInput(@Schema(required = true, description = "The centre's code") String centre,
                           @Schema(required = true, description = "The course's code") String course,
                           @Schema(description = "The room's code in the centre") String room,
                           @Schema(required = true, type = SchemaType.STRING, format = "date") LocalDate startDate,
                           @Schema(required = true, type = SchemaType.STRING, format = "date") LocalDate endDate,
                           @Schema(required = true, minimum = "1") Integer seatCapacity,
                           Language teachingLanguage) {

    PlanSession toCommand() {
        return new PlanSession(centre, course, room, startDate, endDate, seatCapacity,
                teachingLanguage == null ? Language.FR : teachingLanguage);
    }
}
