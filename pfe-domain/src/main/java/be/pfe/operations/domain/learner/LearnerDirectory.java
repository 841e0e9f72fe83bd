package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds learners and corrects their details. A search looks only among the learners the user may read: those known
 * to a centre where they read personal data (registered there, or enrolled, placed, screened or assessed there; see
 * {@link be.pfe.operations.domain.access.RecordAccess#toLearner}); administrators look among all. A national
 * register number is searched on its own, exactly, and only ever arrives in a request's body.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LearnerDirectory {

    @PersistenceContext(unitName = "pfe")
    EntityManager entityManager;
    @Inject
    Actor actor;
    @Inject
    Learners learners;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    protected LearnerDirectory() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public LearnerDirectory(EntityManager entityManager, Actor actor, Learners learners, Clock clock) {
        this.entityManager = entityManager;
        this.actor = actor;
        this.learners = learners;
        this.clock = clock;
    }

    /** A page of the learners the user may read that match the query, by name then number. */
    @UseCase(Access.PERSONAL_DATA)
    public LearnerResults search(LearnerQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(scope(parameters));
        List<String> words = NameKey.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and l.nameKey like :w").append(i);
            parameters.put("w" + i, "%" + words.get(i) + "%");
        }
        if (query.birthDate() != null) {
            where.append(" and l.birthDate = :birthDate");
            parameters.put("birthDate", query.birthDate());
        }
        if (query.number() != null) {
            where.append(" and l.id = :number");
            parameters.put("number", query.number());
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(l) from Learner l where " + where, Long.class);
        TypedQuery<LearnerListItem> page = entityManager.createQuery("""
                select new be.pfe.operations.domain.learner.LearnerListItem(l.id, l.familyName, l.givenName, l.birthDate)
                from Learner l where %s order by l.nameKey, l.birthDate, l.id""".formatted(where),
                LearnerListItem.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<LearnerListItem> rows = total == 0 ? List.of()
                : page.setFirstResult(query.first()).setMaxResults(query.size()).getResultList();
        return new LearnerResults(rows, total, query.first(), query.size());
    }

    /**
     * The learner with exactly this national register number, when the user may read them (else none, as for a
     * number nobody has). The number is checked first; the refusal never repeats it.
     */
    @UseCase(Access.PERSONAL_DATA)
    public List<LearnerListItem> byNiss(String niss) {
        if (niss == null || niss.isBlank()) {
            throw new BusinessRuleException("learner.search.nissRequired", "niss");
        }
        NationalRegisterNumber number = NationalRegisterNumber.of(niss);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = scope(parameters) + " and l.niss.digits = :niss";
        parameters.put("niss", number.digits());
        TypedQuery<LearnerListItem> query = entityManager.createQuery("""
                select new be.pfe.operations.domain.learner.LearnerListItem(l.id, l.familyName, l.givenName, l.birthDate)
                from Learner l where %s""".formatted(where), LearnerListItem.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Corrects a learner's details, from the version the user read: a change made meanwhile by someone else is
     * refused (optimistic locking), as is a change that would make them the same person as another learner.
     */
    @UseCase(Access.PLANNING)
    @Transactional
    public Learner change(@Names(RecordKind.LEARNER) long learnerId, long version, LearnerDetails details) {
        Learner learner = learners.byId(learnerId)
                .orElseThrow(() -> new NotFoundException("learner.unknown", null, learnerId));
        if (learner.version() != version) {
            throw new OptimisticLockException("learner " + learnerId + " changed meanwhile");
        }
        // checked on the details alone first: a query must not flush a change that would break a unique key
        Learner wanted = new Learner(details, LocalDate.now(clock));
        if (wanted.niss().isPresent()) {
            learners.byNiss(wanted.niss().get()).filter(other -> !other.id().equals(learner.id()))
                    .ifPresent(other -> {
                        throw DuplicateLearnerException.sameNiss(other);
                    });
        }
        learners.byNameAndBirthDate(wanted.nameKey(), wanted.birthDate())
                .filter(other -> !other.id().equals(learner.id()))
                .ifPresent(other -> {
                    throw DuplicateLearnerException.sameNameAndBirthDate(other);
                });
        learner.change(details, LocalDate.now(clock));
        try {
            entityManager.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (e instanceof OptimisticLockException) {
                throw e;
            }
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw DuplicateLearnerException.registeredMeanwhile();
                }
            }
            throw e;
        }
        return learner;
    }

    /** The condition that keeps the learners the user may read (personal data), its parameters added. */
    private String scope(Map<String, Object> parameters) {
        var scope = actor.scope(Access.PERSONAL_DATA);
        if (scope.all()) {
            return "1 = 1";
        }
        Set<String> centres = scope.centres();
        if (centres.isEmpty()) {
            return "1 = 0";
        }
        parameters.put("centres", new ArrayList<>(centres));
        return """
                (l.registeredAtCentreId in (select c.id from Centre c where c.code in :centres)
                 or exists (select e.id from Enrolment e, CourseSession s
                            where e.learnerId = l.id and s.id = e.sessionId and s.centre.code in :centres)
                 or exists (select p.id from Placement p where p.learnerId = l.id and p.centre.code in :centres)
                 or exists (select x.id from Screening x where x.learnerId = l.id and x.centre.code in :centres)
                 or exists (select v.id from ValidationCandidate v, CourseSession vs
                            where v.learnerId = l.id and vs.id = v.sessionId and vs.centre.code in :centres))""";
    }
}
