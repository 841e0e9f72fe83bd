package be.pfe.operations.domain.session;

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

import java.time.OffsetDateTime;

/**
 * One line of a session's history: a change of its status, or a change an administrator made to what is frozen;
 * who, when and why. Never changed once written (the table refuses updates and deletions).
 */
@Entity
@Table(name = "session_history")
public class SessionEvent {

    public static final int ACTOR_LENGTH = 100;
    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", updatable = false)
    private CourseSession session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private SessionEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private SessionStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20, updatable = false)
    private SessionStatus to;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = ACTOR_LENGTH, updatable = false)
    private String actor;

    @Column(length = REASON_LENGTH, updatable = false)
    private String reason;

    /** The day the step happened, when given apart from when it was recorded (a back-dated closure, cancellation). */
    @Column(name = "effective_on", updatable = false)
    private java.time.LocalDate effectiveOn;

    /** Recorded beyond the back-dating window (history-import right only). */
    @Column(nullable = false, updatable = false)
    private boolean backdated;

    protected SessionEvent() {
        // for JPA
    }

    SessionEvent(CourseSession session, SessionEventKind kind, SessionStatus from, SessionStatus to, Long meetingId,
                 OffsetDateTime occurredAt, String actor, String reason) {
        this.session = session;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.meetingId = meetingId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.reason = reason;
    }

    SessionEvent(CourseSession session, SessionEventKind kind, SessionStatus from, SessionStatus to,
                 OffsetDateTime occurredAt, String actor, String reason, java.time.LocalDate effectiveOn,
                 boolean backdated) {
        this(session, kind, from, to, null, occurredAt, actor, reason);
        this.effectiveOn = effectiveOn;
        this.backdated = backdated;
    }

    /** The day it happened ({@code null}: the day it was recorded). */
    public java.time.LocalDate effectiveOn() {
        return effectiveOn;
    }

    public boolean backdated() {
        return backdated;
    }

    public Long id() {
        return id;
    }

    public SessionEventKind kind() {
        return kind;
    }

    public SessionStatus from() {
        return from;
    }

    public SessionStatus to() {
        return to;
    }

    public Long meetingId() {
        return meetingId;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}
