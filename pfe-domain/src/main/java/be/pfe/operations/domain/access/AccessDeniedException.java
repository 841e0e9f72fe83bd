package be.pfe.operations.domain.access;

import be.pfe.operations.domain.shared.BusinessRuleException;

/**
 * The signed-in user may not do what they asked, or not for that centre. The REST API answers 403 with a problem
 * document, the pages show the message; nothing is read or written.
 */
public class AccessDeniedException extends BusinessRuleException {

    private final transient Access access;
    private final String centreCode;

    public AccessDeniedException(Access access, String centreCode) {
        super(centreCode == null ? "access.denied" : "access.denied.centre", null, access,
                centreCode == null ? "" : centreCode);
        this.access = access;
        this.centreCode = centreCode;
    }

    public Access access() {
        return access;
    }

    public String centreCode() {
        return centreCode;
    }
}
