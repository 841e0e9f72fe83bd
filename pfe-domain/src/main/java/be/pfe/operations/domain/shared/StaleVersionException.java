package be.pfe.operations.domain.shared;

/**
 * Someone changed the record after the user read it: the change names the version it starts from, and that version
 * is no longer the current one. Refused (409) so that the other change is not overwritten; the user reads it again.
 */
public class StaleVersionException extends ClashException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("record.changedMeanwhile", "version", currentVersion);
        this.currentVersion = currentVersion;
    }

    /** Refuses unless the version the change starts from (when it names one) is the current one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(current);
        }
    }

    public long currentVersion() {
        return currentVersion;
    }
}
