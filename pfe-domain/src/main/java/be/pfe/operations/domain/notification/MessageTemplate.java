package be.pfe.operations.domain.notification;

import be.pfe.operations.domain.shared.BusinessRuleException;
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

import java.time.OffsetDateTime;

/** A centre's own wording of one kind of message in one language (else the default texts apply). */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    public static final int SUBJECT_LENGTH = 300;
    public static final int BODY_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false, updatable = false)
    private long centreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private Language language;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "changed_by", length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected MessageTemplate() {
        // for JPA
    }

    MessageTemplate(long centreId, MessageKind kind, Language language) {
        this.centreId = centreId;
        this.kind = kind;
        this.language = language;
    }

    void change(String subject, String body, String actor, OffsetDateTime now) {
        if (subject == null || subject.isBlank()) {
            throw new BusinessRuleException("template.subject.required", "subject");
        }
        if (body == null || body.isBlank()) {
            throw new BusinessRuleException("template.body.required", "body");
        }
        if (subject.length() > SUBJECT_LENGTH || body.length() > BODY_LENGTH) {
            throw new BusinessRuleException("template.tooLong", "body", BODY_LENGTH);
        }
        this.subject = subject.strip();
        this.body = body.strip();
        this.changedBy = actor;
        this.changedAt = now;
    }

    public MessageKind kind() { return kind; }
    public Language language() { return language; }
    public String subject() { return subject; }
    public String body() { return body; }
    public long version() { return version; }
}
