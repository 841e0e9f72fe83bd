package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.shared.BusinessRuleException;

import java.time.LocalDate;

/**
 * A search among the learners the user may see: words of the name (case, accents and punctuation ignored, any
 * order), a birth date, a learner number; each optional, all given must match. {@code first} and {@code size} say
 * which page.
 *
 * @param number a learner number to look for: a search criterion, not a record the user asks for (a number outside
 *               the user's reach simply finds nothing)
 */
public record LearnerQuery(String text, LocalDate birthDate, Long number, int first, int size) {

    public static final int MAX_SIZE = 100;

    public LearnerQuery {
        if (first < 0) {
            throw new BusinessRuleException("learner.search.first", "first", first);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BusinessRuleException("learner.search.size", "size", MAX_SIZE);
        }
        if (text != null && text.strip().length() > 2 * Learner.NAME_LENGTH) {
            throw new BusinessRuleException("learner.name.tooLong", "q", 2 * Learner.NAME_LENGTH);
        }
    }
}
