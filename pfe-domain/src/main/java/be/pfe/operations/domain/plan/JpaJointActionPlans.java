package be.pfe.operations.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaJointActionPlans implements JointActionPlans {

    private static final String OF_CENTRE_AND_YEAR = "select p from JointActionPlan p join fetch p.centre c "
            + "where c.code = :centre and p.year = :year";

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaJointActionPlans() {
        // for CDI
    }

    public JpaJointActionPlans(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public JointActionPlan add(JointActionPlan plan) {
        entityManager.persist(plan);
        entityManager.flush();
        return plan;
    }

    @Override
    public Optional<JointActionPlan> byId(long id) {
        return Optional.ofNullable(entityManager.find(JointActionPlan.class, id));
    }

    @Override
    public List<JointActionPlan> versions(String centreCode, int year) {
        return ofCentreAndYear(OF_CENTRE_AND_YEAR + " order by p.versionNumber", centreCode, year).getResultList();
    }

    @Override
    public Optional<JointActionPlan> latest(String centreCode, int year) {
        return ofCentreAndYear(OF_CENTRE_AND_YEAR + " order by p.versionNumber desc", centreCode, year)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<JointActionPlan> latestApproved(String centreCode, int year) {
        return ofCentreAndYear(OF_CENTRE_AND_YEAR + " and p.status = :approved order by p.versionNumber desc",
                centreCode, year).setParameter("approved", PlanStatus.APPROVED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private TypedQuery<JointActionPlan> ofCentreAndYear(String query, String centreCode, int year) {
        return entityManager.createQuery(query, JointActionPlan.class)
                .setParameter("centre", centreCode)
                .setParameter("year", year);
    }

    @Override
    public List<PlanSummary> summaries(Collection<String> centres, String centreCode, Integer year) {
        StringBuilder query = new StringBuilder("select new be.pfe.operations.domain.plan.PlanSummary(p.id, c.code, "
                + "c.name, p.year, p.versionNumber, p.status, p.updatedBy, p.updatedAt) "
                + "from JointActionPlan p join p.centre c where p.versionNumber = (select max(q.versionNumber) "
                + "from JointActionPlan q where q.centre = p.centre and q.year = p.year)");
        if (centres != null) {
            query.append(" and c.code in :centres");
        }
        if (centreCode != null) {
            query.append(" and c.code = :centre");
        }
        if (year != null) {
            query.append(" and p.year = :year");
        }
        query.append(" order by p.year desc, c.name");
        TypedQuery<PlanSummary> typed = entityManager.createQuery(query.toString(), PlanSummary.class);
        if (centres != null) {
            if (centres.isEmpty()) {
                return List.of();
            }
            typed.setParameter("centres", centres);
        }
        if (centreCode != null) {
            typed.setParameter("centre", centreCode);
        }
        if (year != null) {
            typed.setParameter("year", year);
        }
        return typed.getResultList();
    }

    @Override
    public void markChanged(JointActionPlan plan) {
        entityManager.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();   // the new revision is known at once (answered as the ETag)
    }

    @Override
    public void record(PlanHistoryEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<PlanHistoryEntry> history(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select h from PlanHistoryEntry h where h.planId in :plans "
                        + "order by h.occurredAt, h.id", PlanHistoryEntry.class)
                .setParameter("plans", planIds)
                .getResultList();
    }
}
