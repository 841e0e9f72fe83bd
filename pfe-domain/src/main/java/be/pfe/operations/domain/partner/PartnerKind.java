package be.pfe.operations.domain.partner;

/** What kind of organisation a partner of the centres is. */
public enum PartnerKind {
    PUBLIC_EMPLOYMENT_SERVICE,
    PUBLIC_TRAINING_SERVICE,
    SME_TRAINING_SERVICE,
    SECTOR_FUND,
    PUBLIC_AGENCY,
    EDUCATION
}
