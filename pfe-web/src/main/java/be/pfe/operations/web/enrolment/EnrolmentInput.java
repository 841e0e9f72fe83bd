package be.pfe.operations.web.enrolment;

/**
 * The body of an application: which learner, for which session, through which partner (its code, optional). It is
 * recorded as the signed-in user's.
 */
public record EnrolmentInput(Long learner, Long session, String partner) {
}
