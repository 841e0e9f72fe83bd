package be.pfe.operations.domain.audit;

/** What an audit event records. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    /** The failed sign-in that locked the account. */
    ACCOUNT_LOCKED,
    /** A sign-in refused because the account is locked or inactive (the password was not even checked). */
    SIGN_IN_REFUSED,
    SIGNED_OUT,
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
    PLAN_DECIDED
}
