package be.pfe.operations.reporting.yearly;

/** The three lines of the public yearly table of occupied spots (a spot is one learner in one activity). */
public enum YearlyLine {
    /** French-speaking jobseekers trained by Bruxelles Formation and its partners. */
    TRAINING_SPOTS,
    /** In-company training: placements. */
    IN_COMPANY_TRAINING,
    /** Skills validation candidacies and screenings. */
    VALIDATIONS_AND_SCREENINGS;

    /** The bundle key of the line's name; its counting rule is {@link #ruleKey()}. */
    public String labelKey() {
        return "YearlyLine." + name();
    }

    public String ruleKey() {
        return "report.yearly.rule." + name();
    }
}
