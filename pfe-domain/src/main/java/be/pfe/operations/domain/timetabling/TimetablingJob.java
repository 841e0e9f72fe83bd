package be.pfe.operations.domain.timetabling;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.trainer.Trainer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A request to place the unplaced sessions of a term automatically, and what came of it.
 * <p>
 * The solver works on a copy of the timetable: its answer is kept here as a proposal (lessons placed, and every
 * rule still broken) and nothing in the real timetable changes until someone applies it; it can also be
 * discarded. A job is bounded in time (its time limit) and can be stopped early, keeping the best proposal found
 * so far.
 */
@Entity
@Table(name = "timetabling_job")
@NamedQuery(name = TimetablingJob.RECENT, query = "select j from TimetablingJob j order by j.requestedAt desc, j.id desc")
@NamedQuery(name = TimetablingJob.COUNT_IN, query = "select count(j) from TimetablingJob j where j.status in :statuses")
@NamedQuery(name = TimetablingJob.OLDEST_QUEUED, query = """
        select j from TimetablingJob j where j.status = be.pfe.operations.domain.timetabling.TimetablingJobStatus.QUEUED
        order by j.requestedAt, j.id""")
@NamedQuery(name = TimetablingJob.STALLED, query = """
        select j from TimetablingJob j where j.status = be.pfe.operations.domain.timetabling.TimetablingJobStatus.SOLVING
        and (j.heartbeatAt is null or j.heartbeatAt < :before)""")
public class TimetablingJob {

    public static final String RECENT = "TimetablingJob.recent";
    public static final String COUNT_IN = "TimetablingJob.countIn";
    public static final String OLDEST_QUEUED = "TimetablingJob.oldestQueued";
    public static final String STALLED = "TimetablingJob.stalled";

    /** The shortest and longest a job may run: long enough to find a timetable, short enough to stay bounded. */
    public static final Duration SHORTEST_TIME_LIMIT = Duration.ofSeconds(5);
    public static final Duration LONGEST_TIME_LIMIT = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    /** For a re-planning: the trainer who cannot teach during the term; {@code null} for a first planning. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "absent_trainer_id")
    private Trainer absentTrainer;

    @Embedded
    @jakarta.persistence.AttributeOverride(name = "start", column = @Column(name = "term_start"))
    @jakarta.persistence.AttributeOverride(name = "end", column = @Column(name = "term_end"))
    private DateRange term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TimetablingJobStatus status;

    @Column(name = "time_limit_seconds", nullable = false)
    private int timeLimitSeconds;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "heartbeat_at")
    private OffsetDateTime heartbeatAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    @Column(name = "sessions_to_place", nullable = false)
    private int sessionsToPlace;

    @Column(name = "lessons_to_place", nullable = false)
    private int lessonsToPlace;

    @Column(name = "hard_score")
    private Integer hardScore;

    @Column(name = "medium_score")
    private Integer mediumScore;

    @Column(name = "soft_score")
    private Integer softScore;

    @Column(name = "first_feasible_ms")
    private Long firstFeasibleMillis;

    @Column(name = "failure_key", length = 100)
    private String failureKey;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "timetabling_job_placement", joinColumns = @JoinColumn(name = "job_id"))
    private List<ProposedLesson> proposal = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "timetabling_job_violation", joinColumns = @JoinColumn(name = "job_id"))
    @OrderBy("position")
    private List<RemainingViolation> violations = new ArrayList<>();

    @Version
    private long version;

    protected TimetablingJob() {
        // for JPA
    }

    /**
     * A job for the given centre ({@code null}: the four centres) and term, waiting in the queue.
     *
     * @throws BusinessRuleException when the time limit is outside the allowed bounds
     */
    public TimetablingJob(Centre centre, DateRange term, Duration timeLimit, String requestedBy, OffsetDateTime now) {
        if (term == null) {
            throw new BusinessRuleException("period.start.required", "termStart");
        }
        if (timeLimit == null || timeLimit.compareTo(SHORTEST_TIME_LIMIT) < 0
                || timeLimit.compareTo(LONGEST_TIME_LIMIT) > 0) {
            throw new BusinessRuleException("timetabling.job.timeLimit.invalid", "timeLimitSeconds",
                    SHORTEST_TIME_LIMIT.toSeconds(), LONGEST_TIME_LIMIT.toSeconds());
        }
        this.centre = centre;
        this.term = term;
        this.timeLimitSeconds = Math.toIntExact(timeLimit.toSeconds());
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(now, "now");
        this.status = TimetablingJobStatus.QUEUED;
    }

    /**
     * A re-planning job: during the term, {@code absentTrainer} cannot teach, and the sessions they teach need
     * another trainer at the same times, moving as little as possible.
     */
    public static TimetablingJob replanning(Trainer absentTrainer, DateRange term, Duration timeLimit,
                                            String requestedBy, OffsetDateTime now) {
        if (absentTrainer == null) {
            throw new BusinessRuleException("trainer.unknown", "trainer", "-");
        }
        TimetablingJob job = new TimetablingJob(null, term, timeLimit, requestedBy, now);
        job.absentTrainer = absentTrainer;
        return job;
    }

    /** The solver takes the job: how much it is to place is known from now on. */
    public void start(int sessions, int lessons, OffsetDateTime now) {
        expect(TimetablingJobStatus.QUEUED);
        this.status = TimetablingJobStatus.SOLVING;
        this.sessionsToPlace = sessions;
        this.lessonsToPlace = lessons;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    /** The best timetable so far, while solving: shown as progress. */
    public void progress(int hard, int medium, int soft, Long firstFeasibleMillis, OffsetDateTime now) {
        expect(TimetablingJobStatus.SOLVING);
        score(hard, medium, soft);
        this.firstFeasibleMillis = firstFeasibleMillis;
        this.heartbeatAt = now;
    }

    /** The solver is alive but has no complete timetable yet. */
    public void heartbeat(OffsetDateTime now) {
        expect(TimetablingJobStatus.SOLVING);
        this.heartbeatAt = now;
    }

    /** Solving ended (time limit, no more improvement, or stopped): the best timetable becomes the proposal. */
    public void propose(Collection<ProposedLesson> lessons, Collection<RemainingViolation> remaining,
                        int hard, int medium, int soft, Long firstFeasibleMillis, OffsetDateTime now) {
        expect(TimetablingJobStatus.SOLVING);
        proposal.clear();
        proposal.addAll(lessons);
        violations.clear();
        violations.addAll(remaining);
        score(hard, medium, soft);
        this.firstFeasibleMillis = firstFeasibleMillis;
        this.status = TimetablingJobStatus.PROPOSED;
        this.finishedAt = now;
        this.heartbeatAt = now;
    }

    /** Asks the solver to stop and keep what it found; a job still in the queue is cancelled at once. */
    public void requestStop(String by, OffsetDateTime now) {
        if (status == TimetablingJobStatus.QUEUED) {
            this.status = TimetablingJobStatus.CANCELLED;
            this.decidedBy = by;
            this.finishedAt = now;
        } else {
            expect(TimetablingJobStatus.SOLVING);
            this.stopRequested = true;
        }
    }

    /** The proposal was written into the timetable. */
    public void applied(String by, OffsetDateTime now) {
        decide(TimetablingJobStatus.APPLIED, by, now);
    }

    /** The proposal was set aside; the timetable stays as it was. */
    public void discard(String by, OffsetDateTime now) {
        decide(TimetablingJobStatus.DISCARDED, by, now);
    }

    /** The job could not run (e.g. nothing to place); the key says why, in the user's language. */
    public void fail(String key, OffsetDateTime now) {
        if (!status.isActive()) {
            throw illegal();
        }
        this.status = TimetablingJobStatus.FAILED;
        this.failureKey = key;
        this.finishedAt = now;
    }

    /** A job whose solver stopped answering (its instance was stopped) goes back to the queue: nothing is lost. */
    public void requeue() {
        expect(TimetablingJobStatus.SOLVING);
        this.status = TimetablingJobStatus.QUEUED;
        this.startedAt = null;
        this.heartbeatAt = null;
        score(null, null, null);
        this.firstFeasibleMillis = null;
    }

    private void decide(TimetablingJobStatus next, String by, OffsetDateTime now) {
        expect(TimetablingJobStatus.PROPOSED);
        this.status = next;
        this.decidedBy = by;
        this.finishedAt = now;
    }

    private void score(Integer hard, Integer medium, Integer soft) {
        this.hardScore = hard;
        this.mediumScore = medium;
        this.softScore = soft;
    }

    private void expect(TimetablingJobStatus expected) {
        if (status != expected) {
            throw illegal();
        }
    }

    private BusinessRuleException illegal() {
        return new BusinessRuleException("timetabling.job.notInStatus", "status", id, status);
    }

    public Long id() {
        return id;
    }

    /** The centre whose sessions are placed, or {@code null} for the four centres. */
    public Centre centre() {
        return centre;
    }

    /** The trainer a re-planning works around, or {@code null} for a first planning. */
    public Trainer absentTrainer() {
        return absentTrainer;
    }

    public boolean isReplanning() {
        return absentTrainer != null;
    }

    public DateRange term() {
        return term;
    }

    public TimetablingJobStatus status() {
        return status;
    }

    public Duration timeLimit() {
        return Duration.ofSeconds(timeLimitSeconds);
    }

    public String requestedBy() {
        return requestedBy;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    public int sessionsToPlace() {
        return sessionsToPlace;
    }

    public int lessonsToPlace() {
        return lessonsToPlace;
    }

    /** Hard, medium and soft score of the best timetable so far; {@code null} before the first. */
    public Integer hardScore() {
        return hardScore;
    }

    public Integer mediumScore() {
        return mediumScore;
    }

    public Integer softScore() {
        return softScore;
    }

    /** How long after the start the first timetable without a hard conflict was found; {@code null} if none. */
    public Long firstFeasibleMillis() {
        return firstFeasibleMillis;
    }

    public String failureKey() {
        return failureKey;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public List<ProposedLesson> proposal() {
        return List.copyOf(proposal);
    }

    public List<RemainingViolation> violations() {
        return List.copyOf(violations);
    }

    public long version() {
        return version;
    }
}
