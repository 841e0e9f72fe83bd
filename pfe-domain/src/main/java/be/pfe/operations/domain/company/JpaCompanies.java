package be.pfe.operations.domain.company;

import be.pfe.operations.domain.shared.UniqueKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaCompanies implements Companies {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaCompanies() {
        // for CDI
    }

    public JpaCompanies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Company> byId(long id) {
        return Optional.ofNullable(entityManager.find(Company.class, id));
    }

    @Override
    public Optional<Company> byNumber(EnterpriseNumber number) {
        return entityManager.createNamedQuery(Company.FIND_BY_NUMBER, Company.class)
                .setParameter("digits", number.digits())
                .getResultStream().findFirst();
    }

    @Override
    public List<Company> search(String text) {
        String typed = text == null ? "" : text.strip();
        String digits = typed.replaceFirst("^(?i)BE", "").replaceAll("[\\s.\\-]", "");
        if (typed.isEmpty()) {
            return withParts(entityManager.createQuery("select c from Company c order by c.name, c.id", Company.class))
                    .setMaxResults(MAX_RESULTS).getResultList();
        }
        String name = "%" + typed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        if (digits.matches("\\d+")) {
            // an old 9-digit number is found under its leading 0 as well
            return withParts(entityManager.createQuery("""
                            select c from Company c where c.number.digits like :digits or c.number.digits like :padded
                            or lower(c.name) like :name order by c.name, c.id""", Company.class))
                    .setParameter("digits", digits + "%").setParameter("padded", "0" + digits + "%")
                    .setParameter("name", name).setMaxResults(MAX_RESULTS).getResultList();
        }
        return withParts(entityManager.createQuery(
                "select c from Company c where lower(c.name) like :name order by c.name, c.id", Company.class))
                .setParameter("name", name).setMaxResults(MAX_RESULTS).getResultList();
    }

    /**
     * The contacts and needs of the companies found, each read in one statement for all of them (the list shows
     * them; read one company at a time they were two statements per company: seconds for the region's companies).
     */
    private static jakarta.persistence.TypedQuery<Company> withParts(jakarta.persistence.TypedQuery<Company> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.contacts")
                .setHint("eclipselink.batch", "c.needs");
    }

    @Override
    public Company add(Company company) {
        entityManager.persist(company);
        return save(company);
    }

    @Override
    public Company save(Company company) {
        try {
            entityManager.flush(); // the identity column gives the id on insert; the unique number is checked here
        } catch (PersistenceException e) {
            if (UniqueKeys.violatedBy(e)) {
                throw new DuplicateCompanyException(company.number(), null);
            }
            throw e;
        }
        return company;
    }
}
