package be.pfe.operations.domain.notification;

/** The mail server the outbox sends through (Jakarta Mail to SMTP in the application). */
public interface MailRelay {

    /** Whether sending is configured at all (no host: messages wait in the outbox). */
    boolean enabled();

    /** Hands one message to the server; throws when the server did not take it. */
    void send(String to, String subject, String body) throws Exception;
}
