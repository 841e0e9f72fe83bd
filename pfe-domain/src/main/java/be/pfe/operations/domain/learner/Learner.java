package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;
import be.pfe.operations.domain.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person who follows (or applies for) training at a centre (stagiaire). The national register number is
 * optional, stored only when given, checked with its check digits and against the birth date, and shown only
 * masked. Target groups are not stored on the learner: they are derived at each enrolment's date.
 */
@Entity
@Table(name = "learner")
@NamedQuery(name = Learner.FIND_BY_NISS, query = "select l from Learner l where l.niss.digits = :niss")
@NamedQuery(name = Learner.FIND_BY_NAME_AND_BIRTH_DATE,
        query = "select l from Learner l where l.nameKey = :nameKey and l.birthDate = :birthDate")
public class Learner {

    public static final String FIND_BY_NISS = "Learner.findByNiss";
    public static final String FIND_BY_NAME_AND_BIRTH_DATE = "Learner.findByNameAndBirthDate";
    public static final int NAME_LENGTH = 100;
    public static final int EMAIL_LENGTH = 200;
    public static final int PHONE_LENGTH = 40;
    public static final int STREET_LENGTH = 200;
    public static final int POSTAL_CODE_LENGTH = 10;
    public static final int TOWN_LENGTH = 100;
    /** The earliest birth date accepted: older dates are typing errors. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "family_name", nullable = false, length = NAME_LENGTH)
    private String familyName;

    @Column(name = "given_name", nullable = false, length = NAME_LENGTH)
    private String givenName;

    @Column(name = "name_key", nullable = false, length = 2 * NAME_LENGTH + 10)
    private String nameKey;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_status", nullable = false, length = 30)
    private EntryStatus entryStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", nullable = false, length = 30)
    private EducationLevel educationLevel;

    @Embedded
    private NationalRegisterNumber niss;

    /** The postal address, optional (printed on the letters): street and number, postal code, town. */
    @Column(length = STREET_LENGTH)
    private String street;

    @Column(name = "postal_code", length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @Column(length = TOWN_LENGTH)
    private String town;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** The centre whose staff registered the learner (it knows them before any enrolment); may be absent. */
    @Column(name = "registered_at_centre_id", updatable = false)
    private Long registeredAtCentreId;

    @Version
    private long version;

    protected Learner() {
        // for JPA
    }

    /** Records the centre that registers the learner, before they are stored. */
    void registeredAt(Long centreId) {
        this.registeredAtCentreId = centreId;
    }

    public Optional<Long> registeredAtCentreId() {
        return Optional.ofNullable(registeredAtCentreId);
    }

    /** A learner from the details given; {@code today} bounds the birth date. */
    public Learner(LearnerDetails details, LocalDate today) {
        describe(details, today, false);
        this.createdAt = OffsetDateTime.now(Clocks.system().withZone(ZoneOffset.UTC));
    }

    /**
     * Corrects the learner's details, checked as at registration. A national register number left blank keeps the
     * one stored (it is never shown whole, so it cannot be sent back); a new one replaces it.
     */
    public void change(LearnerDetails details, LocalDate today) {
        describe(details, today, true);
    }

    private void describe(LearnerDetails details, LocalDate today, boolean keepNissWhenBlank) {
        String family = name(details.familyName(), "familyName");
        String given = name(details.givenName(), "givenName");
        if (details.birthDate() == null) {
            throw new BusinessRuleException("learner.birthDate.required", "birthDate");
        }
        if (details.birthDate().isBefore(EARLIEST_BIRTH) || details.birthDate().isAfter(today)) {
            throw new BusinessRuleException("learner.birthDate.implausible", "birthDate", details.birthDate());
        }
        String mail = contact(details.email(), EMAIL_LENGTH, "email");
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BusinessRuleException("learner.email.invalid", "email");
        }
        String telephone = contact(details.phone(), PHONE_LENGTH, "phone");
        if (telephone != null && !telephone.matches("\\+?[0-9 ./()-]{6,}")) {
            throw new BusinessRuleException("learner.phone.invalid", "phone");
        }
        if (details.language() == null) {
            throw new BusinessRuleException("learner.language.required", "language");
        }
        if (details.entryStatus() == null) {
            throw new BusinessRuleException("learner.entryStatus.required", "entryStatus");
        }
        if (details.educationLevel() == null) {
            throw new BusinessRuleException("learner.educationLevel.required", "educationLevel");
        }
        String streetLine = contact(details.street(), STREET_LENGTH, "street");
        String code = contact(details.postalCode(), POSTAL_CODE_LENGTH, "postalCode");
        String townName = contact(details.town(), TOWN_LENGTH, "town");
        if (code != null && !code.matches("[A-Za-z0-9 -]{3,10}")) {
            throw new BusinessRuleException("learner.postalCode.invalid", "postalCode");
        }
        if ((streetLine != null || code != null || townName != null)
                && (streetLine == null || code == null || townName == null)) {
            throw new BusinessRuleException("learner.address.incomplete",
                    streetLine == null ? "street" : code == null ? "postalCode" : "town");
        }
        NationalRegisterNumber number = NationalRegisterNumber.ofOptional(details.niss());
        if (number == null && keepNissWhenBlank) {
            number = this.niss;
        }
        if (number != null) {
            number.requireBirthDate(details.birthDate());
        }
        this.familyName = family;
        this.givenName = given;
        this.nameKey = NameKey.of(family, given);
        this.birthDate = details.birthDate();
        this.email = mail;
        this.phone = telephone;
        this.language = details.language();
        this.entryStatus = details.entryStatus();
        this.educationLevel = details.educationLevel();
        this.niss = number;
        this.street = streetLine;
        this.postalCode = code;
        this.town = townName;
    }

    /** The postal address (street, postal code, town), when the learner gave one. */
    public Optional<List<String>> postalAddress() {
        return street == null ? Optional.empty() : Optional.of(List.of(street, postalCode, town));
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String town() {
        return town;
    }

    private static String name(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("learner.name.required", field);
        }
        TypedText.requireReadable(name, field, false);
        String stripped = name.strip().replaceAll("\\s+", " ");
        if (stripped.length() > NAME_LENGTH) {
            throw new BusinessRuleException("learner.name.tooLong", field, NAME_LENGTH);
        }
        return stripped;
    }

    private static String contact(String value, int length, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        TypedText.requireReadable(value, field, false);
        if (value.strip().length() > length) {
            throw new BusinessRuleException("learner.contact.tooLong", field, length);
        }
        return value.strip();
    }

    /** The target groups the learner belongs to on a date (an enrolment's). */
    public Set<TargetGroup> targetGroupsOn(LocalDate date) {
        return TargetGroup.of(this, date);
    }

    public Long id() {
        return id;
    }

    public String familyName() {
        return familyName;
    }

    public String givenName() {
        return givenName;
    }

    /** The reduced name duplicates are found by (see {@link NameKey}). */
    public String nameKey() {
        return nameKey;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Language language() {
        return language;
    }

    public EntryStatus entryStatus() {
        return entryStatus;
    }

    public EducationLevel educationLevel() {
        return educationLevel;
    }

    public Optional<NationalRegisterNumber> niss() {
        return Optional.ofNullable(niss);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** The version a change must start from (optimistic locking). */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Learner that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Learner.class.hashCode();
    }

    /** The id only: no personal data in logs. */
    @Override
    public String toString() {
        return "Learner " + id;
    }
}
