package be.pfe.operations.domain.plan;

import java.time.OffsetDateTime;

/** A centre's plan for a year as the list shows it: its latest version, where it stands, and the last change. */
public record PlanSummary(long id, String centreCode, String centreName, int year, int versionNumber,
                          PlanStatus status, String updatedBy, OffsetDateTime updatedAt) {
}
