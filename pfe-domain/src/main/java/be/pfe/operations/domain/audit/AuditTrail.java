package be.pfe.operations.domain.audit;

import java.util.List;

/** The audit trail: written by the services that change something worth tracing. */
public interface AuditTrail {

    /** Records an event now; {@code actor} is a username (or {@code "anonymous"}), never personal data. */
    void record(String actor, AuditAction action, String subject, String detail);

    /** The latest events about a subject or by an actor, newest first. */
    List<AuditEvent> latestAbout(String subjectOrActor, int limit);
}
