package be.pfe.operations.domain.audit;

import java.util.List;

/** The audit trail: written by the services that change something worth tracing. */
public interface AuditTrail {

    /** Records an event now; {@code actor} is a username (or {@code "anonymous"}), never personal data. */
    void record(String actor, AuditAction action, String subject, String detail);

    /**
     * Records an event that may come in floods (refused requests, throttled sign-ins): at most one row per
     * (action, actor, subject, detail) and window of {@code window} (windows start at whole multiples of it), counting
     * how often it happened. Safe against concurrent callers and application instances (one upsert). By default,
     * for trails that keep nothing in a database, an ordinary event.
     */
    default void recordAggregated(String actor, AuditAction action, String subject, String detail,
                                  java.time.Duration window) {
        record(actor, action, subject, detail);
    }

    /** The latest events about a subject or by an actor, newest first. */
    List<AuditEvent> latestAbout(String subjectOrActor, int limit);
}
