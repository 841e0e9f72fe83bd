package be.pfe.operations.domain.company;

/** Where a company's recruitment need stands, as the employment pillar follows it up. */
public enum RecruitmentStatus {
    OPEN,
    FILLED,
    CLOSED
}
