package be.pfe.operations.reporting.yearly;

/**
 * What the yearly spots are broken down by. Every spot falls in exactly one centre, partner, course and month, so
 * those breakdowns add up to the headline; target groups overlap (a young jobseeker is in YOUNG, NEET and JOBSEEKER),
 * so each group is counted on its own and they do not add up.
 */
public enum YearlyDimension {
    CENTRE,
    /** The partner providing the course of the activity; {@link YearlyFigures#NONE} for an activity without course. */
    PARTNER,
    /** The course of the activity; {@link YearlyFigures#NONE} for a placement or screening without one. */
    COURSE,
    TARGET_GROUP,
    /** The month the spot began in the year: its start, or January for an activity carried over from the year before. */
    MONTH;

    public boolean addsUp() {
        return this != TARGET_GROUP;
    }
}
