package be.pfe.operations.web.enrolment;

/**
 * The body of an application: which learner, for which session, through which partner (its code, optional). It is
 * recorded as the signed-in user's; {@code date} is the day the learner applied, if not today (the back-dating rules
 * apply).
 */
public record EnrolmentInput(Long learner, Long session, String partner, java.time.LocalDate date) {
}
