package be.pfe.operations.domain.plan;

/**
 * What a plan target measures, each computed for a centre and a calendar year from operations. The counting
 * rules are those of the yearly report (see docs/counting-rules.md): a spot is one learner in one activity.
 */
public enum Indicator {
    /** Enrolments of learners who were jobseekers at the start, in French-language sessions provided by
     *  Bruxelles Formation or its partners, active during the year (the public report's first line). */
    TRAINING_SPOTS(false),
    /** Placements in companies active during the year (second line). */
    IN_COMPANY_TRAININGS(false),
    /** Skills validation candidacies and screenings held during the year (third line). */
    VALIDATIONS_AND_SCREENINGS(false),
    /** Course sessions active during the year and not cancelled before their start. */
    SESSIONS(false),
    /** Seats offered by those sessions. */
    SEATS_OFFERED(false),
    /** Enrolments holding a seat in those sessions, whatever the learner's status. */
    ENROLMENTS(false),
    /** Skills certificates issued during the year. */
    CERTIFICATES(false),
    /** Seats occupied over seats offered, in percent. */
    OCCUPANCY_RATE(true),
    /** Attended over expected meeting attendances, in percent. */
    ATTENDANCE_RATE(true);

    private final boolean rate;

    Indicator(boolean rate) {
        this.rate = rate;
    }

    /** A percentage (its year-end projection is the rate so far), not a count (projected by the time elapsed). */
    public boolean isRate() {
        return rate;
    }
}
