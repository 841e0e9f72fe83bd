package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.JointActionPlan;
import be.pfe.operations.domain.plan.PlanStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One version of a plan as the API answers it and the plan page shows it. {@code revision} is the optimistic-lock
 * counter (also the ETag): a change names the revision it starts from.
 */
@Schema(name = "PlanView")
public record PlanDto(long id, String centre, String centreName, int year, int versionNumber,
                       Long previousVersionId, PlanStatus status, long revision, String createdBy,
                       OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, String submittedBy,
                       OffsetDateTime submittedAt, String decisionText, LocalDate meetingDate, String decidedBy,
                       OffsetDateTime decidedAt, PlanContentDto content) {

    static PlanDto of(JointActionPlan plan) {
        return new PlanDto(plan.id(), plan.centre().code(), plan.centre().name(), plan.year(), plan.versionNumber(),
                plan.previousVersion() == null ? null : plan.previousVersion().id(), plan.status(), plan.revision(),
                plan.createdBy(), plan.createdAt(), plan.updatedBy(), plan.updatedAt(), plan.submittedBy(),
                plan.submittedAt(), plan.decisionText(), plan.meetingDate(), plan.decidedBy(), plan.decidedAt(),
                PlanContentDto.of(plan.content()));
    }

    /** An approved or rejected version: nothing on it changes any more. */
    public boolean frozen() {
        return status.isFrozen();
    }

    public boolean editable() {
        return status.isEditable();
    }
}
