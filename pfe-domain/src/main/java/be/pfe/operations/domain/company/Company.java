package be.pfe.operations.domain.company;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A company that hosts in-company training and tells the employment pillar what it wants to recruit. Known by its
 * enterprise number (BCE/KBO), which is unique; its contact persons and recruitment needs belong to it.
 */
@Entity
@Table(name = "company")
@NamedQuery(name = Company.FIND_BY_NUMBER, query = "select c from Company c where c.number.digits = :digits")
public class Company {

    public static final String FIND_BY_NUMBER = "Company.findByNumber";
    public static final int NAME_LENGTH = 200;
    public static final int STREET_LENGTH = 200;
    public static final int POSTAL_CODE_LENGTH = 10;
    public static final int CITY_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private EnterpriseNumber number;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Sector sector;

    @Column(length = STREET_LENGTH)
    private String street;

    @Column(name = "postal_code", length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @Column(length = CITY_LENGTH)
    private String city;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CompanyContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RecruitmentNeed> needs = new ArrayList<>();

    @Version
    private long version;

    protected Company() {
        // for JPA
    }

    public Company(CompanyDetails details) {
        this.createdAt = OffsetDateTime.now(Clocks.system().withZone(ZoneOffset.UTC));
        change(details);
    }

    /** New details; the enterprise number is checked again (the register checks it is still unique). */
    public final void change(CompanyDetails details) {
        this.number = EnterpriseNumber.of(details.enterpriseNumber());
        this.name = TypedText.required(details.name(), "name", NAME_LENGTH);
        this.sector = TypedText.chosen(details.sector(), "sector");
        this.street = TypedText.optional(details.street(), "street", STREET_LENGTH);
        this.postalCode = TypedText.optional(details.postalCode(), "postalCode", POSTAL_CODE_LENGTH);
        this.city = TypedText.optional(details.city(), "city", CITY_LENGTH);
    }

    public CompanyContact addContact(String contactName, String jobRole, String email, String phone) {
        CompanyContact contact = new CompanyContact(this, contactName, jobRole, email, phone);
        contacts.add(contact);
        return contact;
    }

    public void removeContact(long contactId) {
        if (!contacts.removeIf(contact -> contact.id() != null && contact.id() == contactId)) {
            throw new BusinessRuleException("company.contact.unknown", "contact", contactId);
        }
    }

    public RecruitmentNeed addNeed(Long centreId, String jobTitle, int posts, String skills, LocalDate recordedOn) {
        RecruitmentNeed need = new RecruitmentNeed(this, centreId, jobTitle, posts, skills, recordedOn);
        needs.add(need);
        return need;
    }

    public RecruitmentNeed need(long needId) {
        return needs.stream().filter(need -> need.id() != null && need.id() == needId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("company.need.unknown", "need", needId));
    }

    public Long id() {
        return id;
    }

    public EnterpriseNumber number() {
        return number;
    }

    public String name() {
        return name;
    }

    public Sector sector() {
        return sector;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public List<CompanyContact> contacts() {
        return List.copyOf(contacts);
    }

    public List<RecruitmentNeed> needs() {
        return List.copyOf(needs);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Company that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Company.class.hashCode();
    }

    @Override
    public String toString() {
        return "Company " + number + " " + name;
    }
}
