package be.pfe.operations.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;

import java.util.Optional;

/** The versions read from the record's table ({@code @Table}), so that they include this transaction's writes. */
@ApplicationScoped
public class JpaRecordVersionStore implements RecordVersionStore {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaRecordVersionStore() {
        // for CDI
    }

    public JpaRecordVersionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long version(Class<?> entity, long id) {
        Table table = entity.getAnnotation(Table.class);
        if (table == null || table.name().isBlank()) {
            throw new IllegalArgumentException("no table named on " + entity.getName());
        }
        Object version = entityManager.createNativeQuery("select version from " + table.name() + " where id = ?1")
                .setParameter(1, id).getResultList().stream().findFirst().orElse(0L);
        return ((Number) version).longValue();
    }

    @Override
    public <T> Optional<T> find(Class<T> entity, long id) {
        return Optional.ofNullable(entityManager.find(entity, id));
    }

    @Override
    public void forceIncrement(Object record) {
        if (entityManager.contains(record)) {
            entityManager.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        entityManager.flush();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
