package be.pfe.operations.domain.centre;

/** The economic sector a centre (and its courses) serves. */
public enum Sector {
    TECHNOLOGY_INDUSTRY,
    DIGITAL,
    TRANSPORT_LOGISTICS,
    CONSTRUCTION
}
