package be.pfe.operations.domain.placement;

/** The kinds of in-company training. */
public enum PlacementType {
    INDIVIDUAL_VOCATIONAL,
    WORK_EXPERIENCE,
    DUAL
}
