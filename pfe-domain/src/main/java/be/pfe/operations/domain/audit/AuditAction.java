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
    USER_CREATED
}
