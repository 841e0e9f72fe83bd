package be.pfe.operations.domain.privacy;

/** What the privacy log records. */
public enum PrivacyAction {
    PSEUDONYMISATION_RUN,
    EXPORT_JSON,
    EXPORT_PDF,
    ERASURE,
    ERASURE_REFUSED,
    RETENTION_CHANGED
}
