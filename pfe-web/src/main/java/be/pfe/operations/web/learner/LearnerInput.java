package be.pfe.operations.web.learner;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.shared.Language;

import java.time.LocalDate;

/**
 * The body of a request to register a learner. The national register number ({@code niss}) is optional; it is
 * only ever sent in a body, never in a URL, and never sent back whole. {@code centre} is the code of the centre that
 * registers the learner (its staff know them from then on); by default the user's only centre.
 */
public record LearnerInput(@Schema(required = true) String familyName, @Schema(required = true) String givenName,
                           @Schema(required = true, type = SchemaType.STRING, format = "date") LocalDate birthDate, String email, String phone,
                           Language language, EntryStatus entryStatus, EducationLevel educationLevel, String niss,
                           String centre, String street, String postalCode, String town) {

    LearnerDetails toDetails() {
        return new LearnerDetails(familyName, givenName, birthDate, email, phone, language, entryStatus,
                educationLevel, niss, street, postalCode, town);
    }

    @Override
    public String toString() {
        return toDetails().toString();
    }
}
