package be.pfe.operations.domain.timetabling;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The automatic timetabling jobs, newest first. */
public interface TimetablingJobs {

    TimetablingJob add(TimetablingJob job);

    Optional<TimetablingJob> byId(long id);

    /** The {@code limit} most recent jobs. */
    List<TimetablingJob> recent(int limit);

    long countIn(Collection<TimetablingJobStatus> statuses);

    /** The job that has waited longest, locked so that one solver only takes it. */
    Optional<TimetablingJob> lockOldestQueued();

    /** Jobs being solved whose solver has not given news since {@code before}. */
    List<TimetablingJob> stalledSince(OffsetDateTime before);
}
