package be.pfe.operations.web.learner;

import be.pfe.operations.domain.learner.LearnerListItem;
import be.pfe.operations.domain.learner.LearnerResults;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a learner search as the API gives it (its schema keeps the name partners know). */
@Schema(name = "LearnerPage")
public record LearnerResultsDto(List<LearnerListItem> learners, long total, int first, int size) {
    static LearnerResultsDto of(LearnerResults results) {
        return new LearnerResultsDto(results.learners(), results.total(), results.first(), results.size());
    }
}
