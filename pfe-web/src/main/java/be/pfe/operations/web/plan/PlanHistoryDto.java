package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.PlanHistoryEntry;
import be.pfe.operations.domain.plan.PlanStep;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of a plan's history, with the version it is about. */
@Schema(name = "PlanHistoryView")
public record PlanHistoryDto(long planId, int versionNumber, OffsetDateTime occurredAt, String actor, PlanStep step,
                              String detail) {

    static PlanHistoryDto of(PlanHistoryEntry entry, Map<Long, Integer> versionNumbers) {
        return new PlanHistoryDto(entry.planId(), versionNumbers.getOrDefault(entry.planId(), 0), entry.occurredAt(),
                entry.actor(), entry.step(), entry.detail());
    }
}
