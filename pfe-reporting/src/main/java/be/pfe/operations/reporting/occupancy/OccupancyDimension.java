package be.pfe.operations.reporting.occupancy;

/** What occupancy figures are grouped by. */
public enum OccupancyDimension {
    SESSION,
    CENTRE,
    COURSE,
    /** The partner that provides the course (Bruxelles Formation, VDAB Brussel, a sector fund...). */
    PROVIDING_PARTNER,
    /** The partner whose seat quota the seat belongs to; {@link OccupancyQuery#POOL} for the open pool. */
    QUOTA_PARTNER,
    /** Target groups of the learners (derived at enrolment); a learner in two groups counts in both, seats offered are not split by group. */
    TARGET_GROUP,
    MONTH
}
