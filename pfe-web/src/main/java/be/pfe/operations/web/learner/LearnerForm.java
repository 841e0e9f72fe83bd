package be.pfe.operations.web.learner;

import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.shared.Language;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The fields of a learner's form, bound by the pages that register or correct a learner (the enrolment desk's new
 * learner, the learner page's correction): one copy of the fields and of their turning into {@link LearnerDetails}.
 * The national register number is only ever typed, never filled in from the record.
 */
public class LearnerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String familyName;
    private String givenName;
    private LocalDate birthDate;
    private String email;
    private String phone;
    private Language language;
    private EntryStatus entryStatus;
    private EducationLevel educationLevel;
    private String niss;
    private String street;
    private String postalCode;
    private String town;

    /** An empty form for a new learner, with the desk's most frequent status at entry and level of education. */
    public static LearnerForm blank() {
        LearnerForm form = new LearnerForm();
        form.entryStatus = EntryStatus.JOBSEEKER_ACTIRIS;
        form.educationLevel = EducationLevel.UPPER_SECONDARY;
        return form;
    }

    /** The form filled in with the learner as recorded, to correct them (the register number left empty). */
    public static LearnerForm of(LearnerDto learner) {
        LearnerForm form = new LearnerForm();
        form.familyName = learner.familyName();
        form.givenName = learner.givenName();
        form.birthDate = learner.birthDate();
        form.email = learner.email();
        form.phone = learner.phone();
        form.language = learner.language();
        form.entryStatus = learner.entryStatus();
        form.educationLevel = learner.educationLevel();
        form.street = learner.street();
        form.postalCode = learner.postalCode();
        form.town = learner.town();
        return form;
    }

    /** What the form says, in the language chosen or, when none is, the given one. */
    public LearnerDetails details(Language otherwise) {
        return new LearnerDetails(familyName, givenName, birthDate, email, phone,
                language == null ? otherwise : language, entryStatus, educationLevel, niss, street, postalCode, town);
    }

    /** Forgets the typed register number (after a save or a cancel: it is never kept in the page). */
    public void forgetNiss() {
        niss = null;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public EntryStatus getEntryStatus() {
        return entryStatus;
    }

    public void setEntryStatus(EntryStatus entryStatus) {
        this.entryStatus = entryStatus;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(EducationLevel educationLevel) {
        this.educationLevel = educationLevel;
    }

    public String getNiss() {
        return niss;
    }

    public void setNiss(String niss) {
        this.niss = niss;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }
}
