package be.pfe.operations.web.enrolment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of an application: which learner, for which session, through which partner (its code, optional). It is
 * recorded as the signed-in user's; {@code date} is the day the learner applied, if not today (the back-dating rules
 * apply).
 */
@Schema(example = "{\"learner\":42,\"session\":17}")
public record EnrolmentInput(@Schema(required = true, description = "The learner's id") Long learner,
                             @Schema(required = true, description = "The session's id") Long session,
                             @Schema(description = "The referring partner's code, if any") String partner,
                             @Schema(description = "The day the learner applied (ISO-8601), if not today;"
                                     + " further back than the back-dating window needs the history-import right")
                             java.time.LocalDate date) {
}
