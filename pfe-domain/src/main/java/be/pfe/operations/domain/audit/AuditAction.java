package be.pfe.operations.domain.audit;

/** What an audit event records. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    /**
     * A failed sign-in that makes its client wait before trying the account again (the 5th in a row from that client
     * and each after it; detail: the client address and the delay). The owner on another client is not locked out.
     */
    ACCOUNT_LOCKED,
    /** A sign-in refused because the account is locked or inactive (the password was not even checked). */
    SIGN_IN_REFUSED,
    SIGNED_OUT,
    /**
     * A request refused with 401 or 403 (REST or page), aggregated: subject the path template, detail the status and
     * the client address; {@code occurrences} how many in the window.
     */
    REQUEST_REFUSED,
    /** A sign-in refused without checking the password: the client must still wait (detail: client address). */
    SIGN_IN_THROTTLED,
    PASSWORD_CHANGED,
    LANGUAGE_CHANGED,
    USER_CREATED,
    /** An administrator gave a user other roles (detail: before and after). */
    ROLES_CHANGED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    /** An administrator lifted a lockout before its time. */
    ACCOUNT_UNLOCKED,
    /** An administrator gave a user a new password (never recorded itself). */
    PASSWORD_RESET,
    /** Personal data: a pseudonymisation run finished (detail: how many learners). */
    PSEUDONYMISATION_RUN,
    /** Personal data: everything held on one learner was exported (subject: the learner's id; detail: the format). */
    SUBJECT_ACCESS_EXPORT,
    /** Personal data: a learner was pseudonymised at their request. */
    LEARNER_ERASED,
    /** Personal data: an erasure request was refused (detail: the rule). */
    ERASURE_REFUSED,
    /** Personal data: an administrator changed a retention period (detail: kind, before and after). */
    RETENTION_CHANGED,
    /** A Joint Action Plan version created: new, started from the previous year's plan, or a new version. */
    PLAN_CREATED,
    /** A plan draft's contents changed (detail: the differences). */
    PLAN_CHANGED,
    PLAN_SUBMITTED,
    /** The board approved, rejected or sent back a plan (detail: the decision and its text). */
    PLAN_DECIDED,
    /**
     * A step recorded beyond the back-dating window after the day it happened, with the history-import right
     * (subject: the record; detail: the day it happened).
     */
    STEP_BACKDATED,
    /** A historical import applied (subject: the kind and source; detail: rows created, already there, refused). */
    HISTORY_IMPORTED,
    /** A centre's own text of a kind of message saved (subject: the centre's code; detail: the kind and language). */
    MESSAGE_TEMPLATE_CHANGED,
    /** A centre's text of a kind of message back to the default (subject: the centre; detail: kind and language). */
    MESSAGE_TEMPLATE_RESET,
    /** A partner's address for its messages set or removed (subject: its code; detail: set or removed, language). */
    PARTNER_ADDRESS_CHANGED
}
