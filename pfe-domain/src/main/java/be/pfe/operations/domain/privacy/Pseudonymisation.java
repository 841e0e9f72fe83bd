package be.pfe.operations.domain.privacy;

import jakarta.inject.Inject;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Replaces the identity of learners by a pseudonym while every record about them stays, so the figures do not
 * change: names become "Learner" and a code derived from the learner's id, national register number, e-mail and
 * phone and the postal address are removed, the birth date is kept as 1 January of the birth year (the age bands need no more), free-text
 * notes of placement visits and screenings are cleared. Enrolments (with their target groups), seats, attendance,
 * placements, screenings and validations keep their learner id.
 *
 * <p>A learner is due when the retention of every kind of record they have has passed since their last activity of
 * that kind, and the identity's retention since their last activity of any kind, and nothing is still open (an
 * enrolment not finished, a placement not ended). Each step runs in a transaction of its own (see
 * {@link PseudonymisationJob}); a learner is checked again as they are pseudonymised.
 */
@ApplicationScoped
@Transactional
public class Pseudonymisation {

    /** Open enrolments and placements keep the learner identified, whatever the dates. */
    private static final String OPEN = """
            not exists (select 1 from enrolment e where e.learner_id = l.id
                        and e.status not in (%s))
            and not exists (select 1 from placement p where p.learner_id = l.id
                            and p.status not in ('COMPLETED', 'ENDED_EARLY'))""".formatted(be.pfe.operations.domain.enrolment.EnrolmentStatus.finishedSql());

    private static final String LAST_ACTIVITY = """
            select l.id, cast(l.created_at as date) as registered,
                   (select max(coalesce(e.outcome_date, s.end_date)) from enrolment e
                    join course_session s on s.id = e.session_id where e.learner_id = l.id) as enrolment,
                   (select max(m.meeting_date) from attendance a join meeting m on m.id = a.meeting_id
                    join enrolment e on e.id = a.enrolment_id where e.learner_id = l.id) as attendance,
                   (select max(greatest(p.end_date, p.follow_up_date, p.ended_early_on)) from placement p
                    where p.learner_id = l.id) as placement,
                   (select max(sc.screened_on) from screening sc where sc.learner_id = l.id) as screening,
                   (select max(greatest(s.end_date, v.certificate_date)) from validation_candidate v
                    join course_session s on s.id = v.session_id where v.learner_id = l.id) as validation
            from learner l
            where l.pseudonymised_at is null""" + " and " + OPEN;

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    protected Pseudonymisation() {
        // for CDI
    }

    /** For use outside a container (tests): the same, on the given entity manager and clock. */
    public Pseudonymisation(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The learners due today, by id. */
    @SuppressWarnings("unchecked")
    public List<Long> due() {
        return ((List<Number>) entityManager.createNativeQuery(dueQuery("")).setParameter(1, today())
                .getResultList()).stream().map(Number::longValue).toList();
    }

    private static String dueQuery(String andWhere) {
        return "with today as (select cast(? as date) as day), activity as (" + LAST_ACTIVITY + andWhere + ") "
                + """
                select a.id from activity a, today t
                where a.id is not null
                  and coalesce(greatest(a.registered, a.enrolment, a.attendance, a.placement, a.screening, a.validation),
                               a.registered) + make_interval(months => (select months from retention_policy
                                                                        where record_kind = 'LEARNER_IDENTITY')) < t.day
                """ + past("enrolment", "ENROLMENT") + past("attendance", "ATTENDANCE")
                + past("placement", "PLACEMENT") + past("screening", "SCREENING") + past("validation", "VALIDATION")
                + " order by a.id";
    }

    private static String past(String column, String kind) {
        return " and (a." + column + " is null or a." + column + " + make_interval(months => (select months from "
                + "retention_policy where record_kind = '" + kind + "')) < t.day)";
    }

    /**
     * Pseudonymises the learner if they are (still) due, checked in this transaction.
     *
     * @return whether the learner was pseudonymised now
     */
    public boolean pseudonymiseIfDue(long learnerId) {
        lockLearner(learnerId);
        boolean due = !entityManager.createNativeQuery(dueQuery(" and l.id = " + learnerId))
                .setParameter(1, today()).getResultList().isEmpty();
        return due && replaceIdentity(learnerId);
    }

    /**
     * Pseudonymises the learner now, whatever their retention (erasure on request, once its rule allowed it).
     *
     * @return false when the learner was already pseudonymised
     */
    public boolean pseudonymiseNow(long learnerId) {
        lockLearner(learnerId);
        return replaceIdentity(learnerId);
    }

    private void lockLearner(long learnerId) {
        entityManager.createNativeQuery("select id from learner where id = ? for update")
                .setParameter(1, learnerId).getResultList();
    }

    private boolean replaceIdentity(long learnerId) {
        String code = pseudonym(learnerId);
        int changed = entityManager.createNativeQuery("""
                        update learner set family_name = 'Learner', given_name = ?, name_key = ?,
                               birth_date = make_date(cast(extract(year from birth_date) as integer), 1, 1),
                               email = null, phone = null, niss = null, street = null, postal_code = null, town = null, pseudonymised_at = ?, version = version + 1
                        where id = ? and pseudonymised_at is null""")
                .setParameter(1, code)
                .setParameter(2, "learner " + code.toLowerCase())
                .setParameter(3, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(4, learnerId)
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        entityManager.createNativeQuery("""
                        update placement_visit set notes = null
                        where placement_id in (select id from placement where learner_id = ?)""")
                .setParameter(1, learnerId).executeUpdate();
        entityManager.createNativeQuery("update screening set tests_taken = null, result = null where learner_id = ?")
                .setParameter(1, learnerId).executeUpdate();
        // messages keep their kind, dates and status; their addresses and texts go, and what still waits is not sent
        entityManager.createNativeQuery("""
                        update outbox_message set recipient = null, subject = null, body = null,
                               status = case when status in ('PENDING', 'LETTER') then 'CANCELLED' else status end,
                               version = version + 1
                        where learner_id = ?""")
                .setParameter(1, learnerId).executeUpdate();
        // the persistence context may hold the learner as it was
        entityManager.getEntityManagerFactory().getCache().evict(be.pfe.operations.domain.learner.Learner.class, learnerId);
        return true;
    }

    /** The pseudonym's code: ten hex digits derived from the id, the same every time (idempotent), unique in practice. */
    public static String pseudonym(long learnerId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("pfe-learner-" + learnerId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(hash).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the runs of the job: one at a time over all instances ---

    /** Starts a run: refused while another one runs. */
    public PseudonymisationRun start(String actor, boolean scheduled) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('pseudonymisation'))) l")
                .getSingleResult();
        if (!entityManager.createNativeQuery("select id from pseudonymisation_run where status = 'RUNNING'")
                .getResultList().isEmpty()) {
            throw new BusinessRuleException("privacy.run.alreadyRunning", null);
        }
        // the nightly schedule fires on every instance of a cluster: the first one (under the lock above) runs it,
        // the others find tonight's run started and do nothing
        if (scheduled && !entityManager.createNativeQuery(
                        "select id from pseudonymisation_run where scheduled and started_at > ?")
                .setParameter(1, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusHours(12))
                .getResultList().isEmpty()) {
            throw new BusinessRuleException("privacy.run.alreadyRunning", null);
        }
        Number id = (Number) entityManager.createNativeQuery("""
                        insert into pseudonymisation_run (started_by, scheduled, status, started_at)
                        values (?, ?, 'RUNNING', ?) returning id""")
                .setParameter(1, actor).setParameter(2, scheduled)
                .setParameter(3, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .getSingleResult();
        return run(id.longValue()).orElseThrow();
    }

    public void progress(long runId, int due, int done) {
        entityManager.createNativeQuery("update pseudonymisation_run set learners_due = ?, learners_done = ? where id = ?")
                .setParameter(1, due).setParameter(2, done).setParameter(3, runId).executeUpdate();
    }

    /** Ends the run, done or failed, and records it in the privacy log. */
    public PseudonymisationRun finish(long runId, boolean failed, int done, String actor) {
        entityManager.createNativeQuery("""
                        update pseudonymisation_run set status = ?, learners_done = ?, finished_at = ? where id = ?""")
                .setParameter(1, failed ? "FAILED" : "DONE").setParameter(2, done)
                .setParameter(3, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(4, runId).executeUpdate();
        new PrivacyLog(entityManager).record(PrivacyAction.PSEUDONYMISATION_RUN, null, runId, done, failed ? "failed" : null, actor);
        return run(runId).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PseudonymisationRun> run(long runId) {
        return runs("where id = " + runId).stream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PseudonymisationRun> latestRun() {
        return runs("order by id desc limit 1").stream().findFirst();
    }

    private List<PseudonymisationRun> runs(String tail) {
        List<?> rows = entityManager.createNativeQuery("""
                select id, started_by, scheduled, status, learners_due, learners_done, started_at, finished_at
                from pseudonymisation_run""" + " " + tail).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(row -> new PseudonymisationRun(((Number) row[0]).longValue(),
                (String) row[1], (Boolean) row[2], (String) row[3], ((Number) row[4]).intValue(),
                ((Number) row[5]).intValue(), instant(row[6]), instant(row[7]))).toList();
    }

    private static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
