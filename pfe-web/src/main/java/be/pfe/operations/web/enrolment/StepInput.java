package be.pfe.operations.web.enrolment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;

import java.time.LocalDate;

/**
 * The body of a step of an enrolment. {@code step} is one of {@link Kind}; {@code partner} is needed to refer,
 * {@code date} to drop out (for every other step, the day it happened if not today: the back-dating rules apply), {@code session} to transfer, and {@code reason} to refuse, drop out or remove from the waitlist. Steps are
 * recorded as the signed-in user's.
 */
@Schema(example = "{\"step\":\"SCREEN\"}")
public record StepInput(@Schema(required = true) Kind step, String reason, String partner, LocalDate date, Long session) {

    /** The steps staff can take. */
    @Schema(name = "EnrolmentStep", description = "A step of an enrolment")
    public enum Kind {
        REFER, SCREEN, ADMIT, ENROL, COMPLETE, DROP_OUT, REFUSE, TRANSFER, REMOVE_FROM_WAITLIST;

        /** Whether the workflow allows this step from the status (an admission may also end on the waitlist). */
        public boolean allowedFrom(EnrolmentStatus status) {
            return switch (this) {
                case REFER -> status.next().contains(EnrolmentStatus.REFERRED);
                case SCREEN -> status.next().contains(EnrolmentStatus.SCREENED);
                case ADMIT -> status.next().contains(EnrolmentStatus.ADMITTED);
                case ENROL -> status.next().contains(EnrolmentStatus.ENROLLED);
                case COMPLETE -> status.next().contains(EnrolmentStatus.COMPLETED);
                case DROP_OUT -> status.next().contains(EnrolmentStatus.DROPPED_OUT);
                case REFUSE -> status.next().contains(EnrolmentStatus.REFUSED);
                case REMOVE_FROM_WAITLIST -> status.next().contains(EnrolmentStatus.WITHDRAWN);
                case TRANSFER -> !status.isFinal();
            };
        }

        /** Whether the step asks for more than a click: a reason, a partner, a session or a date. */
        public boolean asksForDetails() {
            return this == REFER || this == DROP_OUT || this == REFUSE || this == TRANSFER
                    || this == REMOVE_FROM_WAITLIST;
        }

        /** Whether the step needs a reason. */
        public boolean needsReason() {
            return this == DROP_OUT || this == REFUSE || this == REMOVE_FROM_WAITLIST;
        }
    }
}
