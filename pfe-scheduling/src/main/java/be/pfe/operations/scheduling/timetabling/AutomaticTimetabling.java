package be.pfe.operations.scheduling.timetabling;

import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.time.Clock;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.timetabling.ProposedLesson;
import be.pfe.operations.domain.timetabling.RemainingViolation;
import be.pfe.operations.domain.timetabling.TimetablingJob;
import be.pfe.operations.domain.timetabling.TimetablingJobStatus;
import be.pfe.operations.domain.timetabling.TimetablingJobs;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Period;
import java.util.List;

/**
 * Automatic timetabling as staff use it: ask for a term to be planned, follow the job, stop it, then apply its
 * proposal in one transaction or discard it. The solving itself happens in the background
 * ({@link TimetablingJobRunner}); callers wake the runner once their request is committed.
 * <p>
 * The queue is bounded: at most {@link #MOST_ACTIVE_JOBS} jobs may wait or run at once, and finished jobs are
 * removed after {@link #KEPT_FOR}.
 */
@ApplicationScoped
@Transactional
public class AutomaticTimetabling {

    /** How many jobs may be queued or solving at once, over all instances. */
    public static final int MOST_ACTIVE_JOBS = 3;
    /** How long a finished job (and its proposal) stays readable. */
    public static final Period KEPT_FOR = Period.ofDays(90);
    /** The longest term one job plans. */
    public static final Period LONGEST_TERM = Period.ofMonths(12);

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private TimetablingJobs jobs;
    private Centres centres;
    private TermTimetables terms;

    /** The application's clock (Brussels); the plain constructor's callers get the system clock. */
    @Inject
    Clock clock = Clocks.system();

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    protected AutomaticTimetabling() {
        // for CDI
    }

    @Inject
    public AutomaticTimetabling(TimetablingJobs jobs, Centres centres, TermTimetables terms) {
        this.jobs = jobs;
        this.centres = centres;
        this.terms = terms;
    }

    /** For use outside a container (tests): the same, on the given entity manager. */
    public AutomaticTimetabling(EntityManager entityManager, TimetablingJobs jobs, Centres centres, TermTimetables terms) {
        this(jobs, centres, terms);
        this.entityManager = entityManager;
    }

    /**
     * Queues a job that places the term's unplaced sessions of the centre ({@code null}: all centres).
     *
     * @throws BusinessRuleException when the term is too long, nothing is to be placed, or the queue is full
     */
    public TimetablingJob request(String centreCode, DateRange term, Duration timeLimit, String requestedBy) {
        Centre centre = centreCode == null ? null : centres.byCode(centreCode)
                .orElseThrow(() -> new NotFoundException("centre.unknown", "centre", centreCode));
        requireShortTerm(term);
        TimetablingJob job = new TimetablingJob(centre, term, timeLimit, requestedBy, now());
        if (terms.unplacedSessions(centreCode, term).isEmpty()) {
            throw new BusinessRuleException("timetabling.nothingToPlace", "termStart");
        }
        return enqueue(job);
    }

    private static void requireShortTerm(DateRange term) {
        if (term != null && term.end().isAfter(term.start().plus(LONGEST_TERM))) {
            throw new BusinessRuleException("timetabling.term.tooLong", "termEnd", LONGEST_TERM.toTotalMonths());
        }
    }

    private TimetablingJob enqueue(TimetablingJob job) {
        // one request at a time counts the queue: two people asking at once cannot both take the last place
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('timetabling_job_queue'))").getSingleResult();
        if (jobs.countIn(TimetablingJobStatus.ACTIVE) >= MOST_ACTIVE_JOBS) {
            throw new BusinessRuleException("timetabling.queue.full", null, MOST_ACTIVE_JOBS);
        }
        entityManager.createQuery("delete from TimetablingJob j where j.finishedAt < :before")
                .setParameter("before", now().minus(KEPT_FOR))
                .executeUpdate();
        return jobs.add(job);
    }

    /**
     * Queues a re-planning for when a trainer cannot teach during the term (falls ill, leaves): the sessions
     * they teach get another trainer at the same times, with as few changes as possible.
     *
     * @throws BusinessRuleException when the trainer teaches nothing placed in the term, the term is too long,
     *                               or the queue is full
     */
    public TimetablingJob requestReplanning(String trainerCode, DateRange term, Duration timeLimit, String requestedBy) {
        Trainer absent = trainerCode == null ? null : entityManager.createQuery(
                        "select t from Trainer t where t.code = :code", Trainer.class)
                .setParameter("code", trainerCode).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("trainer.unknown", "trainer", trainerCode));
        requireShortTerm(term);
        TimetablingJob job = TimetablingJob.replanning(absent, term, timeLimit, requestedBy, now());
        if (terms.sessionsTaughtBy(absent, term).isEmpty()) {
            throw new BusinessRuleException("timetabling.replanning.nothingTaught", "trainer", absent.name());
        }
        return enqueue(job);
    }

    /** The centres of the placed sessions the trainer teaches during the term (none for an unknown trainer). */
    public java.util.Set<String> centresTaughtIn(String trainerCode, DateRange term) {
        return entityManager.createQuery("select t from Trainer t where t.code = :code", Trainer.class)
                .setParameter("code", trainerCode).getResultStream().findFirst()
                .map(trainer -> terms.sessionsTaughtBy(trainer, term).stream().map(session -> session.centre().code())
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)))
                .map(java.util.Set.class::cast)
                .orElse(java.util.Set.of());
    }

    public TimetablingJob job(long jobId) {
        return jobs.byId(jobId).orElseThrow(() -> new NotFoundException("timetabling.job.unknown", null, jobId));
    }

    /** The sessions, rooms and trainers of the given ids (those that still exist), for showing a job's proposal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JobRecords records(java.util.Collection<Long> sessionIds, java.util.Collection<Long> roomIds,
                              java.util.Collection<Long> trainerIds) {
        return new JobRecords(byId(CourseSession.class, CourseSession::id, sessionIds),
                byId(Room.class, Room::id, roomIds), byId(Trainer.class, Trainer::id, trainerIds));
    }

    private <T> java.util.Map<Long, T> byId(Class<T> type, java.util.function.Function<T, Long> id,
                                            java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return entityManager.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids)
                .getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(id, java.util.function.Function.identity()));
    }

    /** The most recent jobs, newest first. */
    public List<TimetablingJob> recent(int limit) {
        return jobs.recent(limit);
    }

    /**
     * Cancels a queued job, or asks a running one to stop (it keeps its best timetable as its proposal). The
     * caller should then tell the runner, which stops at once if the job is solved on this instance.
     */
    public TimetablingJob stop(long jobId, String by) {
        TimetablingJob job = locked(jobId);
        job.requestStop(by, now());
        return job;
    }

    /**
     * Writes the proposal into the timetable in this one transaction (see {@link TermTimetables#apply}); any
     * refusal leaves the timetable and the job as they were.
     *
     * @param acceptance who accepts the conflicts the centres only warn of, and why; {@code null} to accept none
     */
    public TimetablingJob apply(long jobId, ConflictGate.Acceptance acceptance, String by) {
        TimetablingJob job = locked(jobId);
        if (job.status() != TimetablingJobStatus.PROPOSED) {
            throw new BusinessRuleException("timetabling.job.notInStatus", "status", jobId, job.status());
        }
        // rules broken by sessions already in the timetable are theirs to settle; those of the proposal block it
        java.util.Set<Long> proposed = job.proposal().stream().map(ProposedLesson::sessionId)
                .collect(java.util.stream.Collectors.toSet());
        long broken = job.violations().stream()
                .filter(violation -> violation.level() == RemainingViolation.Level.HARD)
                .filter(violation -> violation.sessionIds().stream().anyMatch(proposed::contains))
                .count();
        if (broken > 0) {
            throw new BusinessRuleException("timetabling.apply.hardViolations", null, broken);
        }
        if (job.isReplanning()) {
            terms.applyReplanning(job.proposal(), job.absentTrainer(), job.term().start(), acceptance);
        } else {
            terms.apply(job.proposal(), acceptance);
        }
        job.applied(by, now());
        return job;
    }

    /** Sets the proposal aside; the timetable stays as it was. */
    public TimetablingJob discard(long jobId, String by) {
        TimetablingJob job = locked(jobId);
        job.discard(by, now());
        return job;
    }

    private TimetablingJob locked(long jobId) {
        TimetablingJob job = entityManager.find(TimetablingJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new NotFoundException("timetabling.job.unknown", null, jobId);
        }
        return job;
    }
}
