package be.pfe.operations.web.enrolment;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of an enrolment's history. {@code explanation} says, in the client's language, why the application took
 * the step by itself (a promotion from the waitlist, a transfer). {@code at} is when it was recorded, {@code effectiveOn}
 * the day it happened; {@code backdated} when it was recorded beyond the back-dating window.
 */
@Schema(name = "StepView")
public record StepDto(EnrolmentStatus from, EnrolmentStatus to, long session, OffsetDateTime at, String actor,
                       String reason, String explanation, java.time.LocalDate effectiveOn, boolean backdated) {
}
