package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.shared.NotFoundException;
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
    private Centres centres;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;

    protected LearnerRegistration() {
        // for CDI
    }

    @Inject
    public LearnerRegistration(Learners learners, Centres centres) {
        this(learners, centres, Clocks.system());
    }

    public LearnerRegistration(Learners learners, Centres centres, Clock clock) {
        this.learners = learners;
        this.centres = centres;
        this.clock = clock;
    }

    /** Registers a learner known to no centre yet (reached only by those who may reach every centre). */
    @UseCase(Access.PLANNING)
    public Learner register(LearnerDetails details) {
        return register(details, null);
    }

    /**
     * Registers a learner at a centre, whose staff then know them (and may enrol them) before any enrolment. The
     * caller must plan for that centre.
     */
    @UseCase(Access.PLANNING)
    public Learner register(LearnerDetails details, @Names(RecordKind.CENTRE) String centreCode) {
        Learner learner = new Learner(details, LocalDate.now(clock));
        if (centreCode != null) {
            learner.registeredAt(centres.byCode(centreCode)
                    .orElseThrow(() -> new NotFoundException("centre.unknown", "centre", centreCode)).id());
        }
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
