package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.JointActionPlan;
import be.pfe.operations.domain.plan.PlanStatus;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of a plan in the list of versions (the version picker). */
@Schema(name = "PlanVersionView")
public record PlanVersionDto(long id, int versionNumber, PlanStatus status, String updatedBy,
                              OffsetDateTime updatedAt) {

    static PlanVersionDto of(JointActionPlan plan) {
        return new PlanVersionDto(plan.id(), plan.versionNumber(), plan.status(), plan.updatedBy(), plan.updatedAt());
    }
}
