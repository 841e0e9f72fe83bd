package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.learner.LearnerDetails;

/** A row of a learner file, read: the learner, the session they enrol for, and the partner they come through. */
public record LearnerRow(LearnerDetails learner, long sessionId, String partnerCode) {

    /** Never shows the national register number. */
    @Override
    public String toString() {
        return "LearnerRow[" + learner + ", session " + sessionId + "]";
    }
}
