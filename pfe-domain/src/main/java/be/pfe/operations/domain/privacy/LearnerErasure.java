package be.pfe.operations.domain.privacy;

import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Erasure on request, where the law allows it (GDPR art. 17(3)(b): records the centres must keep under a legal
 * obligation stay). The rule, in order:
 * <ol>
 * <li>a learner already pseudonymised has nothing left to erase;</li>
 * <li>an enrolment still open (not completed, dropped out or refused) keeps the learner identified: the training,
 * its funding and its attendance are still being recorded;</li>
 * <li>a placement still open (not completed or ended early) likewise: it is a running agreement with a company;</li>
 * <li>a skills certificate issued less than the VALIDATION retention ago keeps the learner identified: it is an
 * official title that must stay verifiable;</li>
 * <li>otherwise the learner is pseudonymised at once, as the daily job would do when the retention passes.</li>
 * </ol>
 * Both outcomes are recorded (privacy log and audit trail); the refusal names the rule, never the person.
 */
@ApplicationScoped
@Transactional
public class LearnerErasure {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private Pseudonymisation pseudonymisation;
    private PrivacyLog log;

    protected LearnerErasure() {
        // for CDI
    }

    @Inject
    public LearnerErasure(Pseudonymisation pseudonymisation, PrivacyLog log) {
        this.pseudonymisation = pseudonymisation;
        this.log = log;
    }

    /** For use outside a container (tests). */
    public LearnerErasure(EntityManager entityManager, Pseudonymisation pseudonymisation, PrivacyLog log) {
        this(pseudonymisation, log);
        this.entityManager = entityManager;
    }

    /** Decides, acts and records; the caller throws the refusal once this transaction has committed. */
    public ErasureDecision erase(long learnerId, String actor) {
        List<?> learner = entityManager.createNativeQuery(
                        "select pseudonymised_at is not null from learner where id = ? for update")
                .setParameter(1, learnerId).getResultList();
        if (learner.isEmpty()) {
            throw new NotFoundException("learner.unknown", null, learnerId);
        }
        ErasureDecision decision = decide(learnerId, (Boolean) learner.get(0));
        if (decision.erased()) {
            pseudonymisation.pseudonymiseNow(learnerId);
            log.record(PrivacyAction.ERASURE, learnerId, null, null, null, actor);
        } else {
            log.record(PrivacyAction.ERASURE_REFUSED, learnerId, null, null, decision.refusalKey(), actor);
        }
        return decision;
    }

    private ErasureDecision decide(long learnerId, boolean pseudonymised) {
        if (pseudonymised) {
            return ErasureDecision.refused(learnerId, "privacy.erasure.alreadyPseudonymised");
        }
        if (exists("""
                select 1 from enrolment where learner_id = ? and status not in (%s)"""
                        .formatted(be.pfe.operations.domain.enrolment.EnrolmentStatus.finishedSql()),
                learnerId)) {
            return ErasureDecision.refused(learnerId, "privacy.erasure.openEnrolment");
        }
        if (exists("select 1 from placement where learner_id = ? and status not in ('COMPLETED', 'ENDED_EARLY')",
                learnerId)) {
            return ErasureDecision.refused(learnerId, "privacy.erasure.openPlacement");
        }
        List<?> kept = entityManager.createNativeQuery("""
                        select cast(max(v.certificate_date) + make_interval(months => (select months from retention_policy
                                     where record_kind = 'VALIDATION')) as date)
                        from validation_candidate v where v.learner_id = ? and v.certificate_date is not null""")
                .setParameter(1, learnerId).getResultList();
        if (!kept.isEmpty() && kept.get(0) != null) {
            LocalDate until = ((Date) kept.get(0)).toLocalDate();
            if (!until.isBefore(pseudonymisation.today())) {
                return ErasureDecision.refused(learnerId, "privacy.erasure.certificateRetained", until);
            }
        }
        return ErasureDecision.done(learnerId);
    }

    private boolean exists(String sql, long learnerId) {
        return !entityManager.createNativeQuery(sql).setParameter(1, learnerId).setMaxResults(1).getResultList().isEmpty();
    }
}
