package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.PlanHistoryEntry;
import be.pfe.operations.domain.plan.PlanStep;

import java.time.OffsetDateTime;
import java.util.Map;

/** A line of a plan's history, with the version it is about. */
public record PlanHistoryView(long planId, int versionNumber, OffsetDateTime occurredAt, String actor, PlanStep step,
                              String detail) {

    static PlanHistoryView of(PlanHistoryEntry entry, Map<Long, Integer> versionNumbers) {
        return new PlanHistoryView(entry.planId(), versionNumbers.getOrDefault(entry.planId(), 0), entry.occurredAt(),
                entry.actor(), entry.step(), entry.detail());
    }
}
