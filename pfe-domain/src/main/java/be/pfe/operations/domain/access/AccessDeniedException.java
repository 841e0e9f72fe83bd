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
        this(centreCode == null ? "access.denied" : "access.denied.centre", access, centreCode);
    }

    private AccessDeniedException(String messageKey, Access access, String centreCode) {
        super(messageKey, null, access, centreCode == null ? "" : centreCode);
        this.access = access;
        this.centreCode = centreCode;
    }

    /**
     * A record named in the request is not one the user may reach with this access: said the same way whether it
     * exists in another centre or nowhere, naming neither the record nor a centre.
     */
    public static AccessDeniedException toRecord(Access access) {
        return new AccessDeniedException("access.denied.record", access, null);
    }

    /**
     * A record of this centre asks for an access the actor lacks there: the centre is named only to those who read
     * its records anyway (it tells them nothing new); the others are refused as for a record they cannot reach.
     */
    public static AccessDeniedException on(Actor actor, Access access, String centreCode) {
        return centreCode != null && actor.may(Access.RECORDS, centreCode)
                ? new AccessDeniedException(access, centreCode) : toRecord(access);
    }

    public Access access() {
        return access;
    }

    public String centreCode() {
        return centreCode;
    }
}
