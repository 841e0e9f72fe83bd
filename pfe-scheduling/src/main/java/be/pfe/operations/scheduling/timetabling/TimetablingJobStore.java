package be.pfe.operations.scheduling.timetabling;

import java.time.Clock;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.timetabling.ProposedLesson;
import be.pfe.operations.domain.timetabling.RemainingViolation;
import be.pfe.operations.domain.timetabling.TimetablingJob;
import be.pfe.operations.domain.timetabling.TimetablingJobs;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * What the background solver reads from and writes to a job, each call in a transaction of its own, so that
 * progress is visible to every user (and every instance) while the solver works.
 */
@ApplicationScoped
@Transactional
public class TimetablingJobStore {

    private TimetablingJobs jobs;
    private TermTimetables terms;

    /** The application's clock (Brussels); the plain constructor's callers get the system clock. */
    @Inject
    Clock clock = Clocks.system();

    protected TimetablingJobStore() {
        // for CDI
    }

    @Inject
    public TimetablingJobStore(TimetablingJobs jobs, TermTimetables terms) {
        this.jobs = jobs;
        this.terms = terms;
    }

    /** A job taken from the queue: what to solve and for how long. */
    public record ClaimedJob(long jobId, TermProblem problem, Duration timeLimit) {
    }

    /**
     * Takes the oldest queued job, builds its problem and marks it as being solved; a job with nothing (left)
     * to place fails at once with a reason.
     */
    public Optional<ClaimedJob> claimNext() {
        Optional<TimetablingJob> queued = jobs.lockOldestQueued();
        if (queued.isEmpty()) {
            return Optional.empty();
        }
        TimetablingJob job = queued.get();
        TermProblem problem = job.isReplanning() ? terms.replanningProblem(job.absentTrainer(), job.term())
                : terms.problem(job.centre() == null ? null : job.centre().code(), job.term());
        if (problem.sessionsToPlace() == 0) {
            job.fail("timetabling.nothingToPlace", now());
            return claimNext();
        }
        job.start(problem.sessionsToPlace(), problem.lessonsToPlace(), now());
        return Optional.of(new ClaimedJob(job.id(), problem, job.timeLimit()));
    }

    /**
     * Records the best score so far ({@code null} until every lesson has its place) and that the solver is alive;
     * tells whether someone asked it to stop.
     */
    public boolean progress(long jobId, HardMediumSoftScore best, Long firstFeasibleMillis) {
        TimetablingJob job = job(jobId);
        if (best != null) { // the best score of a timetable with every lesson placed
            job.progress(best.hardScore(), best.mediumScore(), best.softScore(), firstFeasibleMillis, now());
        } else {
            job.heartbeat(now());
        }
        return job.stopRequested();
    }

    /** Keeps the solver's best timetable as the job's proposal. */
    public void propose(long jobId, List<ProposedLesson> lessons, List<RemainingViolation> violations,
                        HardMediumSoftScore score, Long firstFeasibleMillis) {
        job(jobId).propose(lessons, violations, score.hardScore(), score.mediumScore(), score.softScore(),
                firstFeasibleMillis, now());
    }

    public void fail(long jobId, String key) {
        job(jobId).fail(key, now());
    }

    /** Puts back in the queue the jobs whose solver has been silent for longer than {@code silence}. */
    public int requeueStalled(Duration silence) {
        List<TimetablingJob> stalled = jobs.stalledSince(now().minus(silence));
        stalled.forEach(TimetablingJob::requeue);
        return stalled.size();
    }

    private TimetablingJob job(long jobId) {
        return jobs.byId(jobId).orElseThrow(() -> new IllegalStateException("No timetabling job " + jobId));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
