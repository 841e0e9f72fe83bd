package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.JointActionPlan;
import be.pfe.operations.domain.plan.PlanStatus;

import java.time.OffsetDateTime;

/** A version of a plan in the list of versions (the version picker). */
public record PlanVersionView(long id, int versionNumber, PlanStatus status, String updatedBy,
                              OffsetDateTime updatedAt) {

    static PlanVersionView of(JointActionPlan plan) {
        return new PlanVersionView(plan.id(), plan.versionNumber(), plan.status(), plan.updatedBy(), plan.updatedAt());
    }
}
