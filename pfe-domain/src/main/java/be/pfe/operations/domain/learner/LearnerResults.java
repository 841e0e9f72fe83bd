package be.pfe.operations.domain.learner;

import java.util.List;

/** One page of a learner search, and how many learners match in all. */
public record LearnerResults(List<LearnerListItem> learners, long total, int first, int size) {
}
