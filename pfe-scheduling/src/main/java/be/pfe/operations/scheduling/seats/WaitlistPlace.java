package be.pfe.operations.scheduling.seats;

/**
 * One learner on a session's waitlist, at their place in the session's priority order.
 *
 * @param partner the code of the partner the learner comes through, or {@code null}
 */
public record WaitlistPlace(int position, long enrolmentId, long learnerId, String familyName, String givenName,
                            String partner, boolean referred, boolean jobseeker, long arrival) {
}
