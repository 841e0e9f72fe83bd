package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a centre's Joint Action Plan for a year (plan d'actions conjoint). Staff change its contents while
 * it is editable ({@link PlanStatus#isEditable()}), submit it, and the board decides; an approved or rejected version
 * never changes again: {@link #nextVersion} copies it into a new draft. Two people saving the same version at once
 * are told apart by {@link #revision()} (optimistic locking).
 */
@Entity
@Table(name = "joint_action_plan")
public class JointActionPlan {

    public static final int DECISION_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_version_id")
    private JointActionPlan previousVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanStatus status;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "submitted_by", length = 60)
    private String submittedBy;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "decision_text", length = DECISION_LENGTH)
    private String decisionText;
    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    @Column(name = "decided_by", length = 60)
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @ElementCollection
    @CollectionTable(name = "plan_training_line", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<TrainingLine> training = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_validation_line", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<ValidationLine> validations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_in_company_line", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<InCompanyLine> inCompany = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_action", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanAction> actions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_role", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<OrganisationRole> organisation = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_target", joinColumns = @JoinColumn(name = "plan_id"))
    private List<PlanTarget> targets = new ArrayList<>();

    @Version
    private long version;

    protected JointActionPlan() {
        // for JPA
    }

    private JointActionPlan(Centre centre, int year, int versionNumber, JointActionPlan previousVersion,
                            PlanContent content, String by, OffsetDateTime at) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("plan.year.invalid", "year", String.valueOf(year));
        }
        this.centre = centre;
        this.year = year;
        this.versionNumber = versionNumber;
        this.previousVersion = previousVersion;
        this.status = PlanStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
        fill(content);
    }

    /** The first version of a centre's plan for a year, a draft holding the given contents. */
    public static JointActionPlan firstVersion(Centre centre, int year, PlanContent content, String by,
                                               OffsetDateTime at) {
        return new JointActionPlan(centre, year, 1, null, content, by, at);
    }

    /**
     * A new draft version copying this one, to change a plan the board has closed or sent back for amendments (the
     * board then reads the differences, and its decision stays on the version it was taken on).
     */
    public JointActionPlan nextVersion(String by, OffsetDateTime at) {
        if (!status.isFrozen() && status != PlanStatus.AMENDMENTS_REQUESTED) {
            throw new BusinessRuleException("plan.version.notClosed", null, versionNumber, status);
        }
        return new JointActionPlan(centre, year, versionNumber + 1, this, content(), by, at);
    }

    /** Replaces the contents; only while staff may edit (a draft, or sent back for amendments). */
    public PlanDiff replaceContent(PlanContent content, String by, OffsetDateTime at) {
        requireEditable();
        PlanDiff diff = PlanDiff.between(content(), content);
        fill(content);
        touch(by, at);
        return diff;
    }

    /** Hands the version to the board; it can no longer be changed unless the board sends it back. */
    public void submit(String by, OffsetDateTime at) {
        requireEditable();
        if (content().isEmpty()) {
            throw new BusinessRuleException("plan.submit.empty", null);
        }
        status = PlanStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        touch(by, at);
    }

    /**
     * The board's decision on a submitted version, with its text and the date of the meeting that took it (not in
     * the future): {@link PlanStatus#APPROVED}, {@link PlanStatus#REJECTED} or {@link PlanStatus#AMENDMENTS_REQUESTED}.
     */
    public void decide(PlanStatus decision, String text, LocalDate meeting, String by, OffsetDateTime at) {
        if (decision != PlanStatus.APPROVED && decision != PlanStatus.REJECTED
                && decision != PlanStatus.AMENDMENTS_REQUESTED) {
            throw new BusinessRuleException("plan.decision.invalid", "decision", decision == null ? "" : decision);
        }
        if (status != PlanStatus.SUBMITTED) {
            throw new BusinessRuleException("plan.decision.notSubmitted", null, versionNumber, status);
        }
        TypedText.requireReadable(text, "decisionText", true);
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty()) {
            throw new BusinessRuleException("plan.decision.textRequired", "decisionText");
        }
        if (cleaned.length() > DECISION_LENGTH) {
            throw new BusinessRuleException("plan.line.tooLong", "decisionText", DECISION_LENGTH);
        }
        if (meeting == null) {
            throw new BusinessRuleException("plan.decision.meetingRequired", "meetingDate");
        }
        if (meeting.isAfter(at.toLocalDate())) {
            throw new BusinessRuleException("plan.decision.meetingInFuture", "meetingDate", meeting);
        }
        status = decision;
        decisionText = cleaned;
        meetingDate = meeting;
        decidedBy = by;
        decidedAt = at;
        touch(by, at);
    }

    private void requireEditable() {
        if (status.isFrozen() || status == PlanStatus.AMENDMENTS_REQUESTED) {
            throw new BusinessRuleException("plan.frozen", null, versionNumber, status);
        }
        if (!status.isEditable()) {
            throw new BusinessRuleException("plan.notEditable", null, versionNumber, status);
        }
    }

    private void touch(String by, OffsetDateTime at) {
        updatedBy = by;
        updatedAt = at;
    }

    private void fill(PlanContent content) {
        training.clear();
        training.addAll(content.training());
        validations.clear();
        validations.addAll(content.validations());
        inCompany.clear();
        inCompany.addAll(content.inCompany());
        actions.clear();
        actions.addAll(content.actions());
        organisation.clear();
        organisation.addAll(content.organisation());
        targets.clear();
        targets.addAll(content.targets());
    }

    public PlanContent content() {
        return new PlanContent(training, validations, inCompany, actions, organisation, targets);
    }

    public Long id() {
        return id;
    }

    public Centre centre() {
        return centre;
    }

    public int year() {
        return year;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public JointActionPlan previousVersion() {
        return previousVersion;
    }

    public PlanStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public String decisionText() {
        return decisionText;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    /** The optimistic-lock counter: it goes up with every change saved. */
    public long revision() {
        return version;
    }

    /** A reference for the history and the audit trail, e.g. {@code TECHNICITY 2048 v2}. */
    public String reference() {
        return centre.code() + " " + year + " v" + versionNumber;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JointActionPlan that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
