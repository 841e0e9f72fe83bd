package be.pfe.operations.web.timetabling;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.timetabling.TimetablingJob;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.timetabling.AutomaticTimetabling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * What the pages and the API may do with timetabling jobs: a job for a centre is asked for, stopped, applied or
 * discarded by those who plan that centre; a job for the four centres at once, by those who plan them all.
 * Reading jobs is checked in {@link JobViews}.
 */
@ApplicationScoped
public class Timetabling {

    @Inject
    AutomaticTimetabling timetabling;
    @Inject
    Actor actor;

    public TimetablingJob request(String centreCode, DateRange term, Duration timeLimit) {
        actor.requireAny(Access.PLANNING);
        actor.require(Access.PLANNING, centreCode);
        return timetabling.request(centreCode, term, timeLimit, actor.username());
    }

    /**
     * Re-planning for a trainer who cannot teach during the term: asked for by those who plan every centre
     * where the trainer teaches then (trainers are shared between centres).
     */
    public TimetablingJob requestReplanning(String trainerCode, DateRange term, Duration timeLimit) {
        actor.requireAny(Access.PLANNING);
        timetabling.centresTaughtIn(trainerCode, term).forEach(centre -> actor.require(Access.PLANNING, centre));
        return timetabling.requestReplanning(trainerCode, term, timeLimit, actor.username());
    }

    public TimetablingJob stop(long jobId) {
        requirePlanning(jobId);
        return timetabling.stop(jobId, actor.username());
    }

    public TimetablingJob apply(long jobId, String acceptanceReason) {
        requirePlanning(jobId);
        ConflictGate.Acceptance acceptance = acceptanceReason == null || acceptanceReason.isBlank() ? null
                : new ConflictGate.Acceptance(actor.username(), acceptanceReason);
        return timetabling.apply(jobId, acceptance, actor.username());
    }

    public TimetablingJob discard(long jobId) {
        requirePlanning(jobId);
        return timetabling.discard(jobId, actor.username());
    }

    private void requirePlanning(long jobId) {
        actor.requireAny(Access.PLANNING);
        TimetablingJob job = reachable(timetabling, actor, Access.PLANNING, jobId);
        boolean allowed = job.isReplanning()
                ? timetabling.centresTaughtIn(job.absentTrainer().code(), job.term()).stream()
                .allMatch(centre -> actor.may(Access.PLANNING, centre))
                : actor.may(Access.PLANNING, job.centre() == null ? null : job.centre().code());
        if (!allowed) {
            throw job.isReplanning() || job.centre() == null ? AccessDeniedException.toRecord(Access.PLANNING)
                    : AccessDeniedException.on(actor, Access.PLANNING, job.centre().code());
        }
    }

    /**
     * The job with this id; an unknown id is said to be unknown only to those with the access in every centre, and
     * refused like another centre's job to the others (the same answer, telling nothing).
     */
    static TimetablingJob reachable(AutomaticTimetabling timetabling, Actor actor, Access access, long jobId) {
        try {
            return timetabling.job(jobId);
        } catch (NotFoundException unknown) {
            if (actor.may(access, null)) {
                throw unknown;
            }
            throw AccessDeniedException.toRecord(access);
        }
    }
}
