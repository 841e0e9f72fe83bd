package be.pfe.operations.domain.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPartnerOrganisations implements PartnerOrganisations {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaPartnerOrganisations() {
        // for CDI
    }

    public JpaPartnerOrganisations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<PartnerOrganisation> all() {
        return entityManager.createNamedQuery(PartnerOrganisation.FIND_ALL, PartnerOrganisation.class)
                .getResultList();
    }

    @Override
    public Optional<PartnerOrganisation> byCode(String code) {
        return entityManager.createNamedQuery(PartnerOrganisation.FIND_BY_CODE, PartnerOrganisation.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }
}
