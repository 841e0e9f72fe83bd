package be.pfe.operations.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One line of a plan version's history: who did what, when, and what changed (the summary of the differences, the
 * board's decision). Never changed nor deleted (the database refuses it).
 */
@Entity
@Table(name = "plan_history")
public class PlanHistoryEntry {

    public static final int DETAIL_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id", nullable = false)
    private long planId;
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;
    @Column(nullable = false, length = 60)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanStep step;
    @Column(length = DETAIL_LENGTH)
    private String detail;

    protected PlanHistoryEntry() {
        // for JPA
    }

    public PlanHistoryEntry(long planId, OffsetDateTime occurredAt, String actor, PlanStep step, String detail) {
        this.planId = planId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.step = step;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long planId() {
        return planId;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public PlanStep step() {
        return step;
    }

    public String detail() {
        return detail;
    }
}
