package be.pfe.operations.scheduling.pathway;

import java.util.List;

/**
 * A learner's pathway: the learner's name only for those who may read personal data (else {@code null} and
 * {@code pseudonymous}), and the timeline, oldest first.
 */
public record LearnerPathway(long learner, String familyName, String givenName, boolean pseudonymous,
                             List<PathwayEntry> timeline) {
}
