package be.pfe.operations.web.company;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.company.Company;
import be.pfe.operations.domain.company.CompanyContact;
import be.pfe.operations.domain.company.RecruitmentNeed;
import be.pfe.operations.domain.company.RecruitmentStatus;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company as the API and the pages show it: the enterprise number written 0123.456.789. */
@Schema(name = "CompanyView")
public record CompanyDto(long id, String enterpriseNumber, String name, Sector sector, String street,
                          String postalCode, String city, List<Contact> contacts, List<Need> recruitmentNeeds,
                          long version) {

    /**
     * A contact person: personal data (name, e-mail, phone), shown only to those who read personal data; others get
     * the contact masked (those fields null, {@code masked} true), their job role still told.
     */
    @Schema(name = "CompanyContactView")
    public record Contact(long id, String name, String jobRole, String email, String phone, boolean masked) {

        static Contact of(CompanyContact contact, boolean personalData) {
            return personalData
                    ? new Contact(contact.id(), contact.name(), contact.jobRole(), contact.email(), contact.phone(), false)
                    : new Contact(contact.id(), null, contact.jobRole(), null, null, true);
        }
    }

    @Schema(name = "RecruitmentNeedView")
    public record Need(long id, Long centreId, String jobTitle, int posts, String skills, RecruitmentStatus status,
                       LocalDate recordedOn) {

        static Need of(RecruitmentNeed need) {
            return new Need(need.id(), need.centreId(), need.jobTitle(), need.posts(), need.skills(), need.status(),
                    need.recordedOn());
        }
    }

    /** The company; its contacts' personal data only when {@code personalData} (the reader may read personal data). */
    public static CompanyDto of(Company company, boolean personalData) {
        return new CompanyDto(company.id(), company.number().formatted(), company.name(), company.sector(),
                company.street(), company.postalCode(), company.city(),
                company.contacts().stream().map(contact -> Contact.of(contact, personalData)).toList(),
                company.needs().stream().map(Need::of).toList(), company.version());
    }

    /** The address on one line, for lists. */
    public String address() {
        return String.join(" ", java.util.stream.Stream.of(street, postalCode, city)
                .filter(part -> part != null && !part.isBlank()).toList());
    }
}
