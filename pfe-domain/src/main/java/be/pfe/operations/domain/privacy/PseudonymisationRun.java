package be.pfe.operations.domain.privacy;

import java.time.OffsetDateTime;

/** A run of the pseudonymisation job as the page and the API show it: its progress, then its result. */
public record PseudonymisationRun(long id, String startedBy, boolean scheduled, String status, int learnersDue,
                                  int learnersDone, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public boolean running() {
        return "RUNNING".equals(status);
    }
}
