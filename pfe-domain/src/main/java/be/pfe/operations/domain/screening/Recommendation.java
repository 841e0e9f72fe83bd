package be.pfe.operations.domain.screening;

/** What a screening recommends: admit the learner, admit them once they have the prerequisites, or orient them elsewhere. */
public enum Recommendation {
    ADMIT,
    ADMIT_WITH_PREREQUISITES,
    ORIENT_ELSEWHERE
}
