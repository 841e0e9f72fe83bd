package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.learner.TargetGroup;

/** A learner on a session's waitlist, with what the priority rules look at. */
public record WaitlistEntry(long enrolmentId, long learnerId, Long partnerId, boolean referred, boolean jobseeker,
                            long arrival) {

    /** From the stored target groups (JPQL constructor). */
    public WaitlistEntry(Long enrolmentId, Long learnerId, Long partnerId, Boolean referred, String targetGroups,
                         Long arrival) {
        this(enrolmentId, learnerId, partnerId, referred, TargetGroup.read(targetGroups).contains(TargetGroup.JOBSEEKER),
                arrival);
    }
}
