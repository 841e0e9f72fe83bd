package be.pfe.operations.web.enrolment;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.SeatKind;
import be.pfe.operations.domain.learner.TargetGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An enrolment as the API shows it, with its history.
 *
 * @param seat             where the held seat comes from, or {@code null}
 * @param seatPartner      the partner whose quota the seat belongs to, or {@code null}
 * @param waitlistPosition the place on the waitlist, when the learner waits
 */
@Schema(name = "EnrolmentView")
public record EnrolmentDto(long id, long learner, long session, EnrolmentStatus status, String partner,
                            boolean referred, LocalDate appliedOn, SeatKind seat, String seatPartner,
                            Integer waitlistPosition, Set<TargetGroup> targetGroups, String outcomeReason,
                            LocalDate outcomeDate, List<StepDto> history) {
}
