package be.pfe.operations.domain.access;

import java.util.Map;

/**
 * What a user is in the centres, and therefore what they may do and where. {@link Reach#OWN_CENTRES} means the
 * centres the role is granted for; {@link Reach#ALL_CENTRES}, any centre.
 */
public enum Role {
    /** Manages users; may do everything everywhere, but for deciding on plans (the boards' own). */
    ADMINISTRATOR(Map.of(Access.REFERENCE_DATA, Reach.ALL_CENTRES, Access.FIGURES, Reach.ALL_CENTRES,
            Access.RECORDS, Reach.ALL_CENTRES, Access.PERSONAL_DATA, Reach.ALL_CENTRES,
            Access.PLANNING, Reach.ALL_CENTRES, Access.USER_ADMINISTRATION, Reach.ALL_CENTRES,
            Access.AUDIT_TRAIL, Reach.ALL_CENTRES, Access.PRIVACY, Reach.ALL_CENTRES,
            Access.PLAN_EDITING, Reach.ALL_CENTRES, Access.HISTORY_IMPORT, Reach.ALL_CENTRES)),
    /** Works for one centre: plans it, reads and changes its records and its learners' data. */
    CENTRE_STAFF(Map.of(Access.REFERENCE_DATA, Reach.ALL_CENTRES, Access.FIGURES, Reach.OWN_CENTRES,
            Access.RECORDS, Reach.OWN_CENTRES, Access.PERSONAL_DATA, Reach.OWN_CENTRES,
            Access.PLANNING, Reach.OWN_CENTRES, Access.PLAN_EDITING, Reach.OWN_CENTRES)),
    /** A manager at Actiris, Bruxelles Formation, VDAB Brussel or a sector fund: figures across the centres. */
    PARTNER_MANAGER(Map.of(Access.REFERENCE_DATA, Reach.ALL_CENTRES, Access.FIGURES, Reach.ALL_CENTRES)),
    /**
     * Sits on a centre's board: reads that centre's figures and records, no personal data; decides on that centre's
     * Joint Action Plan (only board members do, not even administrators), changes nothing else.
     */
    BOARD_MEMBER(Map.of(Access.REFERENCE_DATA, Reach.ALL_CENTRES, Access.FIGURES, Reach.OWN_CENTRES,
            Access.RECORDS, Reach.OWN_CENTRES, Access.PLAN_DECISION, Reach.OWN_CENTRES)),
    /** Reads figures, records and the audit trail of every centre; changes nothing, sees no personal data. */
    AUDITOR(Map.of(Access.REFERENCE_DATA, Reach.ALL_CENTRES, Access.FIGURES, Reach.ALL_CENTRES,
            Access.RECORDS, Reach.ALL_CENTRES, Access.AUDIT_TRAIL, Reach.ALL_CENTRES)),
    /**
     * Brings a centre's past years in from its partners' systems: the historical import and back-dated steps, with
     * the records and learners' data that needs, in every centre; no user administration, plans or audit trail.
     */
    DATA_MIGRATION(Map.of(Access.REFERENCE_DATA, Reach.ALL_CENTRES, Access.FIGURES, Reach.ALL_CENTRES,
            Access.RECORDS, Reach.ALL_CENTRES, Access.PERSONAL_DATA, Reach.ALL_CENTRES,
            Access.PLANNING, Reach.ALL_CENTRES, Access.HISTORY_IMPORT, Reach.ALL_CENTRES));

    /** Where a role's access applies. */
    public enum Reach { OWN_CENTRES, ALL_CENTRES }

    private final Map<Access, Reach> reach;

    Role(Map<Access, Reach> reach) {
        this.reach = reach;
    }

    /** Where this role gives the access, or {@code null} when it does not give it at all. */
    public Reach reach(Access access) {
        return reach.get(access);
    }

    /** Whether the role is held for a centre (staff, board) rather than for a partner or for all. */
    public boolean scopedByCentre() {
        return this == CENTRE_STAFF || this == BOARD_MEMBER;
    }

    public boolean scopedByPartner() {
        return this == PARTNER_MANAGER;
    }
}
