package be.pfe.operations.domain.notification;

import be.pfe.operations.domain.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One message of the outbox: written with the change that causes it, sent by the notification job. Never holds a
 * national register number (the templates offer none).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** The longest wait between two attempts. */
    public static final Duration MAX_BACK_OFF = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false, updatable = false)
    private long centreId;

    @Column(name = "learner_id", updatable = false)
    private Long learnerId;

    @Column(name = "session_id", updatable = false)
    private Long sessionId;

    @Column(name = "enrolment_id", updatable = false)
    private Long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 10, updatable = false)
    private MessageKind.Recipient recipientKind;

    @Column(name = "partner_id", updatable = false)
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private Language language;

    @Column(length = 200)
    private String recipient;

    @Column(length = 300)
    private String subject;

    @Column
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "created_by", length = 60, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(long centreId, Long learnerId, Long sessionId, Long enrolmentId, Long partnerId, MessageKind kind,
                  Language language, String recipient, String subject, String body, OffsetDateTime now, String actor) {
        this.centreId = centreId;
        this.learnerId = learnerId;
        this.sessionId = sessionId;
        this.enrolmentId = enrolmentId;
        this.partnerId = partnerId;
        this.recipientKind = kind.recipient();
        this.kind = kind;
        this.language = language;
        this.recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
        this.subject = cut(subject, 300);
        this.body = body;
        // without an address a learner gets a printed letter instead (the day's batch)
        this.status = this.recipient == null ? OutboxStatus.LETTER : OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.createdBy = cut(actor, 60);
    }

    /** Sent: never again, unless staff resend it. */
    void sent(OffsetDateTime now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** The mail server did not take it: tried again after a wait that doubles each time, up to an hour. */
    void failed(OffsetDateTime now, String error, Duration firstWait) {
        attempts++;
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = firstWait.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait);
        lastError = cut(error, 300);
    }

    /** Staff send it again (sent, cancelled or waiting): at the job's next run. */
    void resend(OffsetDateTime now) {
        if (recipient == null) {
            throw new be.pfe.operations.domain.shared.BusinessRuleException("outbox.noRecipient", "message", id);
        }
        status = OutboxStatus.PENDING;
        nextAttemptAt = now;
        lastError = null;
    }

    /** Staff cancel a message that is still waiting. */
    void cancel() {
        if (status != OutboxStatus.PENDING && status != OutboxStatus.LETTER) {
            throw new be.pfe.operations.domain.shared.BusinessRuleException("outbox.notPending", "message", id);
        }
        status = OutboxStatus.CANCELLED;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long id() { return id; }
    public long centreId() { return centreId; }
    public Long learnerId() { return learnerId; }
    public Long sessionId() { return sessionId; }
    public Long enrolmentId() { return enrolmentId; }
    public Long partnerId() { return partnerId; }
    public MessageKind.Recipient recipientKind() { return recipientKind; }
    public MessageKind kind() { return kind; }
    public Language language() { return language; }
    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public String body() { return body; }
    public OutboxStatus status() { return status; }
    public int attempts() { return attempts; }
    public OffsetDateTime nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime sentAt() { return sentAt; }
    public String createdBy() { return createdBy; }
}
