package be.pfe.operations.domain.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Registers new learners, refusing a person who is already known: the same national register number, or the
 * same name (ignoring case, accents and punctuation) and birth date. The table's unique keys hold the same rule
 * for two registrations at the same moment.
 */
@ApplicationScoped
@Transactional
public class LearnerRegistration {

    private Learners learners;
    private Clock clock;

    protected LearnerRegistration() {
        // for CDI
    }

    @Inject
    public LearnerRegistration(Learners learners) {
        this(learners, Clock.systemDefaultZone());
    }

    public LearnerRegistration(Learners learners, Clock clock) {
        this.learners = learners;
        this.clock = clock;
    }

    public Learner register(LearnerDetails details) {
        Learner learner = new Learner(details, LocalDate.now(clock));
        if (learner.niss().isPresent()) {
            learners.byNiss(learner.niss().get()).ifPresent(existing -> {
                throw DuplicateLearnerException.sameNiss(existing);
            });
        }
        learners.byNameAndBirthDate(learner.nameKey(), learner.birthDate()).ifPresent(existing -> {
            throw DuplicateLearnerException.sameNameAndBirthDate(existing);
        });
        return learners.add(learner);
    }
}
