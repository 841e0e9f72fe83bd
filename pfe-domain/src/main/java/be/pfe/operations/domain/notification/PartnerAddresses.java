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
    /** Every change of an address or language is traced (the partner's code, set or removed, the language). */
    @Inject
    private be.pfe.operations.domain.audit.AuditTrail audit;

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

    /** A partner's address and language with their version (moved by every change of either). */
    public record Versioned(PartnerAddress address, long version) {
    }

    /** The partner's address and language as they are now, with their version (administrators). */
    @UseCase(Access.PLANNING)
    public Versioned one(String partnerCode) {
        requireEverywhere();
        String code = partnerCode == null ? "" : partnerCode.strip();
        PartnerAddress address = all().stream().filter(partner -> partner.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("partner.unknown", null, partnerCode));
        return new Versioned(address, version(code, false));
    }

    /**
     * Sets the partner's address (blank removes it) and the language of its messages (none: unchanged), from the
     * version the user read: a change made meanwhile by someone else is refused ({@code StaleVersionException}).
     */
    @UseCase(Access.PLANNING)
    public Versioned change(String partnerCode, String email, Language language, long expectedVersion) {
        requireEverywhere();
        String code = partnerCode == null ? "" : partnerCode.strip();
        long current = version(code, true);
        if (current != expectedVersion) {
            throw new be.pfe.operations.domain.shared.StaleVersionException(current);
        }
        write(code, email);
        if (language != null) {
            entityManager.createNativeQuery("update partner_organisation set notification_language = ?1 where code = ?2")
                    .setParameter(1, language.name()).setParameter(2, code).executeUpdate();
        }
        audited(code);
        return one(code);
    }

    /** The version of the partner's address (locked for the change to come when {@code lock}); 404 when unknown. */
    private long version(String code, boolean lock) {
        java.util.List<?> rows = entityManager.createNativeQuery("select notification_version from partner_organisation"
                + " where code = ?1" + (lock ? " for update" : "")).setParameter(1, code).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("partner.unknown", null, code);
        }
        return ((Number) rows.get(0)).longValue();
    }

    /** Traces the change: the partner's code, whether an address is set, the language; never the address. */
    private void audited(String code) {
        if (audit == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = entityManager.createNativeQuery("select notification_email is not null,"
                + " notification_language from partner_organisation where code = ?1").setParameter(1, code)
                .getResultList();
        Object[] row = rows.get(0);
        audit.record(actor == null ? null : actor.username(), be.pfe.operations.domain.audit.AuditAction
                .PARTNER_ADDRESS_CHANGED, code, (Boolean.TRUE.equals(row[0]) ? "address set" : "address removed")
                + ", language " + row[1]);
    }

    /** Sets (or, blank, removes) the partner's address for the messages about its learners. */
    @UseCase(Access.PLANNING)
    public String set(String partnerCode, String email) {
        requireEverywhere();
        String address = write(partnerCode == null ? "" : partnerCode.strip(), email);
        audited(partnerCode.strip());
        return address;
    }

    /** Writes the address (moving its version); 404 when the partner is unknown. */
    private String write(String partnerCode, String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new BusinessRuleException("learner.email.invalid", "email");
        }
        int changed = entityManager.createNativeQuery("update partner_organisation set notification_email = ?1, "
                        + "notification_version = notification_version + 1 where code = ?2")
                .setParameter(1, address).setParameter(2, partnerCode)
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
        write(code, email);
        entityManager.createNativeQuery("update partner_organisation set notification_language = ?1 where code = ?2")
                .setParameter(1, (language == null ? Language.FR : language).name()).setParameter(2, code)
                .executeUpdate();
        audited(code);
        return all().stream().filter(partner -> partner.code().equals(code)).findFirst().orElseThrow();
    }

    private void requireEverywhere() {
        if (!actor.may(Access.PLANNING, null)) {
            throw new AccessDeniedException(Access.PLANNING, null);
        }
    }
}
