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

    /** A page of the learners the user may read that match the query, by name then number, and how many match. */
    @UseCase(Access.PERSONAL_DATA)
    public LearnerResults search(LearnerQuery query) {
        long total = count(query);
        return new LearnerResults(total == 0 ? List.of() : rows(query), total, query.first(), query.size());
    }

    /** How many learners the user may read match the query (one count statement; a lazy table's count). */
    @UseCase(Access.PERSONAL_DATA)
    public long count(LearnerQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> count = entityManager.createQuery("select count(l) from Learner l where "
                + where(query, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The page of the query's matches, without counting them (a lazy table's page, its count asked apart). */
    @UseCase(Access.PERSONAL_DATA)
    public List<LearnerListItem> rows(LearnerQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<LearnerListItem> page = entityManager.createQuery("""
                select new be.pfe.operations.domain.learner.LearnerListItem(l.id, l.familyName, l.givenName, l.birthDate)
                from Learner l where %s order by l.nameKey, l.birthDate, l.id""".formatted(where(query, parameters)),
                LearnerListItem.class);
        parameters.forEach(page::setParameter);
        return page.setFirstResult(query.first()).setMaxResults(query.size()).getResultList();
    }

    private String where(LearnerQuery query, Map<String, Object> parameters) {
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
        return where.toString();
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

    /** One learner, to those who may read their personal data. */
    @UseCase(Access.PERSONAL_DATA)
    public Learner learner(@Names(RecordKind.LEARNER) long learnerId) {
        return learners.byId(learnerId).orElseThrow(() -> new NotFoundException("learner.unknown", null, learnerId));
    }

    /** The learner's current version (0 when there is none), for telling a stale change where the learner is now. */
    @UseCase(Access.PLANNING)
    public long version(@Names(RecordKind.LEARNER) long learnerId) {
        return learners.byId(learnerId).map(Learner::version).orElse(0L);
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
        // uncorrelated subqueries: PostgreSQL reads each once and hashes it (a correlated "exists" under "or" was
        // asked again for every learner: seconds on a region's ten years, benchmarks/regional.sh)
        return """
                (l.registeredAtCentreId in (select c.id from Centre c where c.code in :centres)
                 or l.id in (select e.learnerId from Enrolment e, CourseSession s
                             where s.id = e.sessionId and s.centre.code in :centres)
                 or l.id in (select p.learnerId from Placement p where p.centre.code in :centres)
                 or l.id in (select x.learnerId from Screening x where x.centre.code in :centres)
                 or l.id in (select v.learnerId from ValidationCandidate v, CourseSession vs
                             where vs.id = v.sessionId and vs.centre.code in :centres))""";
    }
}
