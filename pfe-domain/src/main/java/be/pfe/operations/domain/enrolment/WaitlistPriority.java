package be.pfe.operations.domain.enrolment;

import java.util.Comparator;

/** The order in which a session's waitlist is served, chosen per session. */
public enum WaitlistPriority {
    /** First come, first served. */
    ARRIVAL,
    /** Jobseekers referred by a partner (e.g. Actiris) first, each group in order of arrival. */
    REFERRED_JOBSEEKERS_FIRST;

    public Comparator<WaitlistEntry> order() {
        Comparator<WaitlistEntry> byArrival = Comparator.comparingLong(WaitlistEntry::arrival);
        return switch (this) {
            case ARRIVAL -> byArrival;
            case REFERRED_JOBSEEKERS_FIRST -> Comparator.comparing(
                    (WaitlistEntry entry) -> !(entry.referred() && entry.jobseeker())).thenComparing(byArrival);
        };
    }
}
