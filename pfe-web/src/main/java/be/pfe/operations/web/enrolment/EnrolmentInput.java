package be.pfe.operations.web.enrolment;

/**
 * The body of an application: which learner, for which session, through which partner (its code, optional), and
 * who records it ({@code actor} will be the signed-in user once sign-in exists).
 */
public record EnrolmentInput(Long learner, Long session, String partner, String actor) {
}
