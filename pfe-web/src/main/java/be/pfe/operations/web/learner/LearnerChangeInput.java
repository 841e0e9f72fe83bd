package be.pfe.operations.web.learner;

import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.shared.Language;

import java.time.LocalDate;

/**
 * The body of a correction of a learner's details: every field, and the {@code version} read with the learner (a
 * change made meanwhile is refused). A national register number left out keeps the one stored. The postal address
 * (street, postal code, town: all three or none) is replaced as sent: left out, it is removed.
 */
public record LearnerChangeInput(String familyName, String givenName, LocalDate birthDate, String email, String phone,
                                 Language language, EntryStatus entryStatus, EducationLevel educationLevel,
                                 String niss, Long version, String street, String postalCode, String town) {

    LearnerDetails toDetails() {
        return new LearnerDetails(familyName, givenName, birthDate, email, phone, language, entryStatus,
                educationLevel, niss, street, postalCode, town);
    }

    @Override
    public String toString() {
        return toDetails() + " v" + version;
    }
}
