package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.shared.Language;

import java.time.LocalDate;

/**
 * What staff give about a new learner. Fields may be missing (it comes from a form, a REST body or an import);
 * {@link Learner} refuses what is incomplete with a message per field.
 *
 * @param niss the national register number as typed, or {@code null}: it is optional
 * @param street the postal address (street and number), optional, printed on the letters; with
 *               {@code postalCode} and {@code town}
 */
public record LearnerDetails(String familyName, String givenName, LocalDate birthDate, String email, String phone,
                             Language language, EntryStatus entryStatus, EducationLevel educationLevel,
                             String niss, String street, String postalCode, String town) {

    /** Without a postal address. */
    public LearnerDetails(String familyName, String givenName, LocalDate birthDate, String email, String phone,
                          Language language, EntryStatus entryStatus, EducationLevel educationLevel, String niss) {
        this(familyName, givenName, birthDate, email, phone, language, entryStatus, educationLevel, niss, null, null,
                null);
    }

    /** Never shows the national register number, should the details be logged. */
    @Override
    public String toString() {
        return "LearnerDetails[" + familyName + ", " + givenName + "]";
    }
}
