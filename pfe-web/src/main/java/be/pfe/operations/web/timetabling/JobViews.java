package be.pfe.operations.web.timetabling;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.timetabling.ProposedLesson;
import be.pfe.operations.domain.timetabling.RemainingViolation;
import be.pfe.operations.domain.timetabling.TimetablingJob;
import be.pfe.operations.domain.timetabling.TimetablingJobStatus;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.scheduling.timetabling.AutomaticTimetabling;
import be.pfe.operations.scheduling.timetabling.JobRecords;
import be.pfe.operations.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads timetabling jobs as {@link JobDto}s, with the names of the sessions, rooms and trainers involved: the jobs
 * of the centres whose records the actor may read (a job for the four centres, only for those who read them all).
 */
@ApplicationScoped
@Transactional
public class JobViews {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    /** The violations listed one by one; beyond, the summary by rule tells the rest. */
    static final int VIOLATIONS_LISTED = 200;

    @Inject
    AutomaticTimetabling timetabling;
    @Inject
    Actor actor;

    public JobDto job(long id, Locale locale) {
        TimetablingJob job = Timetabling.reachable(timetabling, actor, Access.RECORDS, id);
        if (!actor.may(Access.RECORDS, centreOf(job))) {
            throw AccessDeniedException.on(actor, Access.RECORDS, centreOf(job));
        }
        return view(job, locale, true);
    }

    /** The most recent jobs, without their proposals. */
    public List<JobDto> recent(int limit, Locale locale) {
        actor.requireAny(Access.RECORDS);
        return timetabling.recent(limit).stream().filter(job -> actor.may(Access.RECORDS, centreOf(job)))
                .map(job -> view(job, locale, false)).toList();
    }

    private static String centreOf(TimetablingJob job) {
        return job.centre() == null ? null : job.centre().code();
    }

    JobDto view(TimetablingJob job, Locale locale, boolean withProposal) {
        Language language = Language.of(locale);
        List<ProposedLesson> lessons = withProposal ? job.proposal() : List.of();
        List<RemainingViolation> violations = withProposal ? job.violations() : List.of();
        JobRecords records = timetabling.records(
                java.util.stream.Stream.concat(lessons.stream().map(ProposedLesson::sessionId),
                        violations.stream().flatMap(violation -> violation.sessionIds().stream())).collect(Collectors.toSet()),
                lessons.stream().map(ProposedLesson::roomId).collect(Collectors.toSet()),
                lessons.stream().map(ProposedLesson::trainerId).collect(Collectors.toSet()));
        Map<Long, CourseSession> sessions = records.sessions();
        Map<Long, Room> rooms = records.rooms();
        Map<Long, Trainer> trainers = records.trainers();
        return new JobDto(job.id(), job.centre() == null ? null : job.centre().code(),
                job.absentTrainer() == null ? null : job.absentTrainer().name(), job.term().start(),
                job.term().end(), job.status(), Messages.text(locale, "TimetablingJobStatus." + job.status().name()),
                (int) job.timeLimit().toSeconds(), job.requestedBy(), job.requestedAt(), job.startedAt(),
                job.finishedAt(), job.sessionsToPlace(), job.lessonsToPlace(),
                job.hardScore() == null ? null : new JobDto.Score(job.hardScore(), job.mediumScore(), job.softScore()),
                job.firstFeasibleMillis() == null ? null : job.firstFeasibleMillis() / 1000.0, progress(job),
                job.failureKey() == null ? null : Messages.text(locale, job.failureKey()),
                proposedSessions(lessons, sessions, rooms, trainers, language, locale),
                summary(violations, locale), violations.stream().limit(VIOLATIONS_LISTED)
                        .map(violation -> new JobDto.ViolationDto(violation.constraintName(), violation.level().name(),
                                Messages.text(locale, violation.constraintName()), violation.weight(),
                                violation.sessionIds().stream().map(id -> sessionName(sessions.get(id), id)).toList()))
                        .toList());
    }

    /** How far a job has got: the share of its time limit used while solving, 100 once it has finished. */
    private int progress(TimetablingJob job) {
        if (job.status() == TimetablingJobStatus.QUEUED || job.startedAt() == null) {
            return 0;
        }
        if (job.status() != TimetablingJobStatus.SOLVING) {
            return 100;
        }
        long spent = Duration.between(job.startedAt(), OffsetDateTime.now(clock)).toMillis();
        return (int) Math.max(0, Math.min(99, spent * 100 / job.timeLimit().toMillis()));
    }

    private List<JobDto.ProposedSession> proposedSessions(List<ProposedLesson> lessons, Map<Long, CourseSession> sessions,
                                                           Map<Long, Room> rooms, Map<Long, Trainer> trainers,
                                                           Language language, Locale locale) {
        Map<Long, List<ProposedLesson>> bySession = lessons.stream()
                .collect(Collectors.groupingBy(ProposedLesson::sessionId, LinkedHashMap::new, Collectors.toList()));
        return bySession.entrySet().stream().map(entry -> {
            CourseSession session = sessions.get(entry.getKey());
            ProposedLesson first = entry.getValue().get(0);
            Room room = rooms.get(first.roomId());
            Trainer trainer = trainers.get(first.trainerId());
            return new JobDto.ProposedSession(entry.getKey(), session == null ? "#" + entry.getKey() : session.course().code(),
                    session == null ? "" : session.course().title().in(language),
                    room == null ? "#" + first.roomId() : room.code(), trainer == null ? "#" + first.trainerId() : trainer.name(),
                    entry.getValue().stream().map(ProposedLesson::slot).sorted()
                            .map(slot -> slot.day().getDisplayName(TextStyle.FULL, Language.of(locale).locale())
                                    + " " + slot.start() + "-" + slot.end())
                            .toList());
        }).sorted(Comparator.comparing(JobDto.ProposedSession::course).thenComparing(JobDto.ProposedSession::sessionId))
                .toList();
    }

    private static List<JobDto.RuleSummary> summary(List<RemainingViolation> violations, Locale locale) {
        Map<String, List<RemainingViolation>> byRule = violations.stream()
                .collect(Collectors.groupingBy(RemainingViolation::constraintName, LinkedHashMap::new, Collectors.toList()));
        return byRule.entrySet().stream()
                .map(entry -> new JobDto.RuleSummary(entry.getKey(), entry.getValue().get(0).level().name(),
                        Messages.text(locale, entry.getKey()), entry.getValue().size(),
                        entry.getValue().stream().mapToInt(RemainingViolation::weight).sum()))
                .toList();
    }

    private static String sessionName(CourseSession session, long id) {
        return session == null ? "#" + id : session.course().code() + " #" + id;
    }
}
