package be.pfe.operations.domain.notification;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
    /** Waiting to be sent (also after a failed attempt, until its next attempt). */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** The learner has no e-mail address: printed as a letter with the day's batch. */
    LETTER,
    /** Cancelled by staff before it was sent. */
    CANCELLED
}
