package be.pfe.operations.domain.learner;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The target groups of the centres' funding. Never typed by hand: derived from a learner's facts at a date
 * (the enrolment's), so that a learner who turns 30 later still counts as young for that enrolment.
 */
public enum TargetGroup {
    /** 15 to 29 years old on the date. */
    YOUNG,
    /** Young and not in employment, education or training: a young jobseeker. */
    NEET,
    /** Without an upper-secondary diploma. */
    LOW_SKILLED,
    /** Registered jobseeker (Actiris or VDAB). */
    JOBSEEKER,
    /** In employment but at risk of losing it. */
    WORKER_AT_RISK;

    /** The groups the learner belongs to on the given date. */
    public static Set<TargetGroup> of(Learner learner, LocalDate on) {
        return of(learner.birthDate(), learner.entryStatus(), learner.educationLevel(), on);
    }

    /** The groups of a learner with these facts on the given date (the yearly figures' SQL derives the same). */
    public static Set<TargetGroup> of(LocalDate birthDate, EntryStatus entryStatus, EducationLevel educationLevel,
                                      LocalDate on) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        int age = Period.between(birthDate, on).getYears();
        boolean young = age >= 15 && age <= 29;
        if (young) {
            groups.add(YOUNG);
        }
        if (young && entryStatus.jobseeker()) {
            groups.add(NEET);
        }
        if (educationLevel.lowSkilled()) {
            groups.add(LOW_SKILLED);
        }
        if (entryStatus.jobseeker()) {
            groups.add(JOBSEEKER);
        }
        if (entryStatus == EntryStatus.WORKER_AT_RISK) {
            groups.add(WORKER_AT_RISK);
        }
        return groups;
    }

    /** The groups as stored: names separated by commas, in declaration order. */
    public static String write(Set<TargetGroup> groups) {
        return groups.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<TargetGroup> read(String stored) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(TargetGroup::valueOf).forEach(groups::add);
        }
        return groups;
    }
}
