package be.pfe.operations.domain.placement;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.company.Company;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.TypedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * In-company training: a learner placed in a company for a period and a number of hours, followed by a centre.
 * Its agreement moves from draft to signed, running and completed, or ends early (from signed or running) on a
 * date and for a reason; the outcome is recorded at the end and again at a follow-up date. Whether it overlaps
 * another placement of the learner is for {@link PlacementDesk} to check (it needs the other placements).
 */
@Entity
@Table(name = "placement")
public class Placement {

    public static final int NAME_LENGTH = 200;
    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false, updatable = false)
    private long learnerId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", updatable = false)
    private Company company;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id", updatable = false)
    private Centre centre;

    @Column(name = "enrolment_id", updatable = false)
    private Long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "placement_type", nullable = false, length = 30)
    private PlacementType type;

    @Embedded
    private DateRange period;

    @Column(nullable = false)
    private int hours;

    @Column(name = "workplace_tutor", length = NAME_LENGTH)
    private String workplaceTutor;

    @Column(name = "centre_coach", length = NAME_LENGTH)
    private String centreCoach;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacementStatus status;

    @Column(name = "ended_early_on")
    private LocalDate endedEarlyOn;

    @Column(name = "end_reason", length = REASON_LENGTH)
    private String endReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PlacementOutcome outcome;

    /** The day the agreement was signed (recorded when it is signed; a history import gives its own day). */
    @Column(name = "signed_on")
    private LocalDate signedOn;

    /** The day the outcome at the end was known (the day the placement ended, unless a history import said). */
    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "follow_up_date")
    private LocalDate followUpDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_outcome", length = 20)
    private PlacementOutcome followUpOutcome;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @OneToMany(mappedBy = "placement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<PlacementVisit> visits = new ArrayList<>();

    @Version
    private long version;

    protected Placement() {
        // for JPA
    }

    /** A draft placement; the details are checked here, the learner's other placements by the desk. */
    public Placement(long learnerId, Company company, Centre centre, Long enrolmentId, PlacementDetails details,
                     String recordedBy, OffsetDateTime recordedAt) {
        this.learnerId = learnerId;
        this.company = TypedText.chosen(company, "company");
        this.centre = TypedText.chosen(centre, "centre");
        this.enrolmentId = enrolmentId;
        this.type = TypedText.chosen(details.type(), "type");
        this.period = new DateRange(details.startDate(), details.endDate());
        if (details.hours() == null || details.hours() < 1) {
            throw new BusinessRuleException("placement.hours.positive", "hours");
        }
        this.hours = details.hours();
        this.workplaceTutor = TypedText.optional(details.workplaceTutor(), "workplaceTutor", NAME_LENGTH);
        this.centreCoach = TypedText.optional(details.centreCoach(), "centreCoach", NAME_LENGTH);
        this.status = PlacementStatus.DRAFT;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The company, the learner and the centre signed the agreement, on the given day. */
    public void sign(LocalDate on) {
        move(PlacementStatus.SIGNED);
        this.signedOn = on;
    }

    /** The learner started at the company. */
    public void start() {
        move(PlacementStatus.RUNNING);
    }

    /** The placement went to its end; the outcome at the end may be given now or later. */
    public void complete(PlacementOutcome outcomeAtEnd) {
        move(PlacementStatus.COMPLETED);
        this.outcome = outcomeAtEnd;
        this.outcomeOn = outcomeAtEnd == null ? null : period.end();
    }

    /**
     * The placement stopped before its end date, on the given day (within its period, before its end date) and for
     * a reason. From then on it no longer occupies the learner's days.
     */
    public void endEarly(LocalDate on, String reason, PlacementOutcome outcomeAtEnd) {
        String why = TypedText.required(reason, "reason", REASON_LENGTH);
        if (on == null) {
            throw new BusinessRuleException("placement.endedEarly.dateRequired", "date");
        }
        if (on.isBefore(period.start()) || !on.isBefore(period.end())) {
            throw new BusinessRuleException("placement.endedEarly.outsidePeriod", "date", on, period.start(),
                    period.end());
        }
        move(PlacementStatus.ENDED_EARLY);
        this.endedEarlyOn = on;
        this.endReason = why;
        this.outcome = outcomeAtEnd;
        this.outcomeOn = outcomeAtEnd == null ? null : on;
    }

    /** The outcome at the end (once finished) and, optionally, at a follow-up date after the end. */
    public void recordOutcome(PlacementOutcome atEnd, LocalDate followUpOn, PlacementOutcome atFollowUp) {
        if (!status.isFinished()) {
            throw new BusinessRuleException("placement.outcome.notFinished", "outcome", status);
        }
        if ((followUpOn == null) != (atFollowUp == null)) {
            throw new BusinessRuleException("placement.followUp.incomplete", "followUpDate");
        }
        if (followUpOn != null && !followUpOn.isAfter(occupiedUntil())) {
            throw new BusinessRuleException("placement.followUp.beforeEnd", "followUpDate", followUpOn,
                    occupiedUntil());
        }
        this.outcome = TypedText.chosen(atEnd, "outcome");
        if (outcomeOn == null) {
            this.outcomeOn = occupiedUntil();
        }
        this.followUpDate = followUpOn;
        this.followUpOutcome = atFollowUp;
    }

    /** A visit of the coach, on a day the placement occupies, once the agreement is signed. */
    public PlacementVisit addVisit(LocalDate on, String visitedBy, String notes, String recordedBy,
                                   OffsetDateTime recordedAt) {
        if (status == PlacementStatus.DRAFT) {
            throw new BusinessRuleException("placement.visit.draft", "date");
        }
        if (on == null) {
            throw new BusinessRuleException("input.required", "date");
        }
        if (on.isBefore(period.start()) || on.isAfter(occupiedUntil())) {
            throw new BusinessRuleException("placement.visit.outsidePeriod", "date", on, period.start(),
                    occupiedUntil());
        }
        PlacementVisit visit = new PlacementVisit(this, on, visitedBy, notes, recordedBy, recordedAt);
        visits.add(visit);
        return visit;
    }

    private void move(PlacementStatus next) {
        if (!status.next().contains(next)) {
            throw new BusinessRuleException("placement.status.transition", "status", status, next);
        }
        this.status = next;
    }

    /** The last day the placement occupies the learner: the day it ended early, else its end date. */
    public LocalDate occupiedUntil() {
        return endedEarlyOn != null ? endedEarlyOn : period.end();
    }

    public Long id() {
        return id;
    }

    public long learnerId() {
        return learnerId;
    }

    /** The day the outcome at the end was known, or {@code null} before it is. */
    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate outcomeOn() {
        return outcomeOn;
    }

    public Company company() {
        return company;
    }

    public Centre centre() {
        return centre;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public PlacementType type() {
        return type;
    }

    public DateRange period() {
        return period;
    }

    public int hours() {
        return hours;
    }

    public String workplaceTutor() {
        return workplaceTutor;
    }

    public String centreCoach() {
        return centreCoach;
    }

    public PlacementStatus status() {
        return status;
    }

    public LocalDate endedEarlyOn() {
        return endedEarlyOn;
    }

    public String endReason() {
        return endReason;
    }

    public PlacementOutcome outcome() {
        return outcome;
    }

    public LocalDate followUpDate() {
        return followUpDate;
    }

    public PlacementOutcome followUpOutcome() {
        return followUpOutcome;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public List<PlacementVisit> visits() {
        return List.copyOf(visits);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Placement that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Placement.class.hashCode();
    }

    @Override
    public String toString() {
        return "Placement " + id + " " + status;
    }
}
