package be.pfe.operations.domain.enrolment;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One step of an enrolment, as it happened: from which status to which, in which session, who, when and why.
 * Never changed once written (the table refuses updates and deletions).
 */
@Entity
@Table(name = "enrolment_transition")
public class EnrolmentTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id", updatable = false)
    private Enrolment enrolment;

    @Column(name = "step_number", nullable = false, updatable = false)
    private int stepNumber;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private EnrolmentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private EnrolmentStatus to;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(nullable = false, updatable = false)
    private boolean backdated;

    @Column(nullable = false, length = Step.ACTOR_LENGTH, updatable = false)
    private String actor;

    @Column(length = Step.REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "reason_key", length = 100, updatable = false)
    private String reasonKey;

    @Column(name = "reason_arguments", length = 500, updatable = false)
    private String reasonArguments;

    protected EnrolmentTransition() {
        // for JPA
    }

    EnrolmentTransition(Enrolment enrolment, int stepNumber, EnrolmentStatus from, EnrolmentStatus to, Step step,
                        Explanation explanation) {
        this.enrolment = enrolment;
        this.stepNumber = stepNumber;
        this.sessionId = enrolment.sessionId();
        this.from = from;
        this.to = to;
        this.occurredAt = step.at();
        this.effectiveOn = step.effectiveOn();
        this.backdated = step.backdated();
        this.actor = step.actor();
        this.reason = step.reason();
        if (explanation != null) {
            this.reasonKey = explanation.messageKey();
            this.reasonArguments = explanation.storedArguments();
        }
    }

    public Long id() {
        return id;
    }

    /** 1 for the application, then one more per step. */
    public int stepNumber() {
        return stepNumber;
    }

    public long sessionId() {
        return sessionId;
    }

    /** The status before the step; {@code null} for the application itself. */
    public EnrolmentStatus from() {
        return from;
    }

    public EnrolmentStatus to() {
        return to;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    /** The day the step happened (the moment it was recorded is {@link #occurredAt()}). */
    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    /** Recorded beyond the back-dating window after the day it happened (a history import, a late correction). */
    public boolean backdated() {
        return backdated;
    }

    public String actor() {
        return actor;
    }

    /** What the person who took the step wrote, if anything. */
    public String reason() {
        return reason;
    }

    /** The stored form of {@link #explanation()}: its message key ({@code null}: none)... */
    public String reasonKey() {
        return reasonKey;
    }

    /** ...and its arguments, as stored (for writers that store steps in bulk, e.g. the historical import). */
    public String reasonArguments() {
        return reasonArguments;
    }

    /** Why the application took the step by itself, if it did. */
    public Explanation explanation() {
        return Explanation.read(reasonKey, reasonArguments);
    }

    @Override
    public String toString() {
        return "EnrolmentTransition " + from + "->" + to;
    }
}
