package be.pfe.operations.domain.company;

import be.pfe.operations.domain.shared.ClashException;

/** An enterprise number is already registered (to the company named, when known). */
public class DuplicateCompanyException extends ClashException {

    public DuplicateCompanyException(EnterpriseNumber number, String registeredTo) {
        super("company.alreadyRegistered", EnterpriseNumber.FIELD, number.formatted(),
                registeredTo == null ? "" : registeredTo);
    }
}
