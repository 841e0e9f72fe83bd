package be.pfe.operations.domain.notification;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
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

    /** A partner organisation and where (and in which language) it hears of its learners. */
    public record PartnerAddress(String code, String name, String kind, String email, Language language) {
    }

    /** Every partner organisation with its address and language (administrators: partners are region-wide). */
    @UseCase(Access.PLANNING)
    public java.util.List<PartnerAddress> all() {
        requireEverywhere();
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = entityManager.createNativeQuery("select code, name, kind, notification_email,"
                + " notification_language from partner_organisation order by name, code").getResultList();
        return rows.stream().map(row -> new PartnerAddress((String) row[0], (String) row[1], (String) row[2],
                (String) row[3], Language.valueOf((String) row[4]))).toList();
    }

    /** Sets (or, blank, removes) the partner's address for the messages about its learners. */
    @UseCase(Access.PLANNING)
    public String set(String partnerCode, String email) {
        requireEverywhere();
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

    /**
     * Sets the partner's address (blank removes it) and the language of its messages (none: French), from what the
     * user read ({@code read}'s address and language; none: not checked): a change made meanwhile by someone else is
     * refused ({@code partner.changedMeanwhile}) rather than overwritten. (Partners are shared reference data kept in
     * the entity cache: the address columns are not the entity's, so its version is left alone.)
     */
    @UseCase(Access.PLANNING)
    public PartnerAddress set(String partnerCode, String email, Language language, PartnerAddress read) {
        requireEverywhere();
        String code = partnerCode == null ? "" : partnerCode.strip();
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = entityManager.createNativeQuery("select notification_email,"
                + " notification_language from partner_organisation where code = ?1 for update").setParameter(1, code)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("partner.unknown", null, partnerCode);
        }
        if (read != null && (!java.util.Objects.equals(read.email(), rows.get(0)[0])
                || read.language() == null || !read.language().name().equals(rows.get(0)[1]))) {
            throw new be.pfe.operations.domain.shared.ClashException("partner.changedMeanwhile", "email");
        }
        set(code, email);
        entityManager.createNativeQuery("update partner_organisation set notification_language = ?1 where code = ?2")
                .setParameter(1, (language == null ? Language.FR : language).name()).setParameter(2, code)
                .executeUpdate();
        return all().stream().filter(partner -> partner.code().equals(code)).findFirst().orElseThrow();
    }

    private void requireEverywhere() {
        if (!actor.may(Access.PLANNING, null)) {
            throw new AccessDeniedException(Access.PLANNING, null);
        }
    }
}
