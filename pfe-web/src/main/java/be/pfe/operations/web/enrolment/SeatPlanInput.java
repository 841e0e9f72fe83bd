package be.pfe.operations.web.enrolment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import be.pfe.operations.domain.enrolment.WaitlistPriority;

import java.util.Map;

/**
 * The body of a change of a session's seat plan: seats per partner code (e.g. {@code {"ACTIRIS": 4}}; the rest
 * is the open pool), the waitlist's order, and how many days after the start freed seats still go to the waitlist.
 */
public record SeatPlanInput(Map<String, Integer> quotas, WaitlistPriority waitlistPriority,
                            @Schema(minimum = "0", maximum = "" + be.pfe.operations.domain.enrolment.SeatPlan.MAX_GRACE_DAYS)
                            Integer promotionGraceDays) {
}
