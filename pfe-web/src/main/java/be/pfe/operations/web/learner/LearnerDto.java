package be.pfe.operations.web.learner;

import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.NationalRegisterNumber;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.shared.Language;

import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A learner as the API shows it: the national register number only masked ({@code 85.07.30-***.**}), and the
 * target groups they belong to today (each enrolment keeps those of its own date), and the version a correction
 * must send back.
 */
@Schema(name = "LearnerView")
public record LearnerDto(long id, String familyName, String givenName, LocalDate birthDate, String email,
                          String phone, Language language, EntryStatus entryStatus, EducationLevel educationLevel,
                          String maskedNiss, Set<TargetGroup> targetGroupsToday, long version, String street,
                          String postalCode, String town) {

    public static LearnerDto of(Learner learner, LocalDate today) {
        return new LearnerDto(learner.id(), learner.familyName(), learner.givenName(), learner.birthDate(),
                learner.email(), learner.phone(), learner.language(), learner.entryStatus(),
                learner.educationLevel(), learner.niss().map(NationalRegisterNumber::masked).orElse(null),
                learner.targetGroupsOn(today), learner.version(), learner.street(), learner.postalCode(),
                learner.town());
    }
}
