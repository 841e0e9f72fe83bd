package be.pfe.operations.web.company;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.company.CompanyDetails;

/** A company as the API receives it; the enterprise number as typed (dots, spaces and BE allowed). */
public record CompanyInput(String enterpriseNumber, String name, Sector sector, String street, String postalCode,
                           String city) {

    CompanyDetails toDetails() {
        return new CompanyDetails(enterpriseNumber, name, sector, street, postalCode, city);
    }

    /** A contact person. */
    public record Contact(String name, String jobRole, String email, String phone) {
    }

    /** A recruitment need; {@code centre} is the centre that follows it up (optional). */
    public record Need(String centre, String jobTitle, Integer posts, String skills, java.time.LocalDate recordedOn) {
    }

    /** A need's new status. */
    public record NeedStatus(be.pfe.operations.domain.company.RecruitmentStatus status) {
    }
}
