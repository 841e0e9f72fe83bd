package be.pfe.operations.domain.audit;

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
 * One line of the audit trail: who did what, when, to what. Subjects are usernames, codes and ids, never
 * personal data (no national register number, no password, no learner's name).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;
    @Column(nullable = false, length = 60)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;
    @Column(length = 200)
    private String subject;
    @Column(length = 500)
    private String detail;
    /** How often it happened: 1, or more for an aggregated event (one row per window, see AuditTrail). */
    @Column(nullable = false)
    private int occurrences = 1;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(OffsetDateTime occurredAt, String actor, AuditAction action, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, 60);
        this.action = action;
        this.subject = cut(subject, 200);
        this.detail = cut(detail, 500);
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public int occurrences() {
        return occurrences;
    }

    public Long id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }
}
