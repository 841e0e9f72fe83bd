package be.pfe.operations.web.notification;

import be.pfe.operations.domain.notification.OutboxMessage;

import java.time.OffsetDateTime;

/** One message of the outbox as the API and the pages show it (never a national register number). */
public record MessageItem(long id, long learnerId, Long sessionId, String kind, String recipientKind, String language,
                          String recipient, String subject, String body, String status, int attempts,
                          OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime nextAttemptAt,
                          String lastError) {

    public static MessageItem of(OutboxMessage message) {
        return new MessageItem(message.id(), message.learnerId() == null ? 0 : message.learnerId(),
                message.sessionId(), message.kind().name(), message.recipientKind().name(),
                message.language().name(), message.recipient(), message.subject(), message.body(),
                message.status().name(), message.attempts(), message.createdAt(), message.sentAt(),
                message.nextAttemptAt(), message.lastError());
    }
}
