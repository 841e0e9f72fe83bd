package be.pfe.operations.domain.company;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** What a company wants to recruit (job title, number of posts, skills), followed up by a centre's employment pillar. */
@Entity
@Table(name = "recruitment_need")
public class RecruitmentNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", updatable = false)
    private Company company;

    @Column(name = "centre_id")
    private Long centreId;

    @Column(name = "job_title", nullable = false, length = 200)
    private String jobTitle;

    @Column(nullable = false)
    private int posts;

    @Column(length = 1000)
    private String skills;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecruitmentStatus status;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Version
    private long version;

    protected RecruitmentNeed() {
        // for JPA
    }

    RecruitmentNeed(Company company, Long centreId, String jobTitle, int posts, String skills, LocalDate recordedOn) {
        if (posts < 1) {
            throw new BusinessRuleException("company.need.posts", "posts", posts);
        }
        this.company = company;
        this.centreId = centreId;
        this.jobTitle = TypedText.required(jobTitle, "jobTitle", 200);
        this.posts = posts;
        this.skills = TypedText.note(skills, "skills", 1000);
        this.status = RecruitmentStatus.OPEN;
        this.recordedOn = TypedText.chosen(recordedOn, "recordedOn");
    }

    public void changeStatus(RecruitmentStatus next) {
        this.status = TypedText.chosen(next, "status");
    }

    public Long id() {
        return id;
    }

    /** The centre following the need up, or {@code null}. */
    public Long centreId() {
        return centreId;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public int posts() {
        return posts;
    }

    public String skills() {
        return skills;
    }

    public RecruitmentStatus status() {
        return status;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }
}
