package be.pfe.operations.domain.notification;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Where a partner organisation (e.g. Actiris' advisers) wants to hear of the learners it referred: admitted, dropped
 * out, completed. Partners are shared by every centre: only an administrator (planning in every centre) sets it.
 */
@ApplicationScoped
@Transactional
public class PartnerAddresses {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    @Inject
    private Actor actor;

    protected PartnerAddresses() {
        // for CDI
    }

    public PartnerAddresses(EntityManager entityManager, Actor actor) {
        this.entityManager = entityManager;
        this.actor = actor;
    }

    /** Sets (or, blank, removes) the partner's address for the messages about its learners. */
    @UseCase(Access.PLANNING)
    public String set(String partnerCode, String email) {
        if (!actor.may(Access.PLANNING, null)) {
            throw new AccessDeniedException(Access.PLANNING, null);
        }
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new BusinessRuleException("learner.email.invalid", "email");
        }
        int changed = entityManager.createNativeQuery("update partner_organisation set notification_email = ?1 "
                        + "where code = ?2")
                .setParameter(1, address).setParameter(2, partnerCode == null ? "" : partnerCode.strip())
                .executeUpdate();
        if (changed == 0) {
            throw new NotFoundException("partner.unknown", null, partnerCode);
        }
        return address;
    }
}
