package be.pfe.operations.domain.company;

import be.pfe.operations.domain.shared.TypedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A contact person at a company (e.g. the HR officer who signs placement agreements). */
@Entity
@Table(name = "company_contact")
public class CompanyContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", updatable = false)
    private Company company;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "job_role", length = 100)
    private String jobRole;

    @Column(length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    protected CompanyContact() {
        // for JPA
    }

    CompanyContact(Company company, String name, String jobRole, String email, String phone) {
        this.company = company;
        this.name = TypedText.required(name, "contactName", 200);
        this.jobRole = TypedText.optional(jobRole, "jobRole", 100);
        this.email = TypedText.optional(email, "email", 200);
        this.phone = TypedText.optional(phone, "phone", 40);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String jobRole() {
        return jobRole;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
