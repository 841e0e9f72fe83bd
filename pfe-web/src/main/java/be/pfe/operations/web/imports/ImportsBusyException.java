package be.pfe.operations.web.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;

/** As many imports as allowed are already reading their files: try again in a moment (answered with 429). */
public class ImportsBusyException extends BusinessRuleException {

    private final int retryAfterSeconds;

    public ImportsBusyException(int retryAfterSeconds) {
        super("import.busy", null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
