package be.pfe.operations.scheduling.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which kinds of conflict a centre blocks and which it only warns about. Defaults, when a centre has not
 * chosen: what cannot physically happen is blocked (a room or a trainer in two places at once, a meeting on
 * a day the building is closed); the rest is a warning staff may accept with a reason.
 */
@ApplicationScoped
public class ConflictPolicy {

    static final Map<ConflictKind, ConflictMode> DEFAULTS = defaults();

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected ConflictPolicy() {
        // for CDI
    }

    public ConflictPolicy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    private static Map<ConflictKind, ConflictMode> defaults() {
        Map<ConflictKind, ConflictMode> modes = new EnumMap<>(ConflictKind.class);
        for (ConflictKind kind : ConflictKind.values()) {
            modes.put(kind, ConflictMode.WARN);
        }
        modes.put(ConflictKind.ROOM_DOUBLE_BOOKED, ConflictMode.BLOCK);
        modes.put(ConflictKind.TRAINER_DOUBLE_BOOKED, ConflictMode.BLOCK);
        modes.put(ConflictKind.CLOSED_DAY, ConflictMode.BLOCK);
        return modes;
    }

    /** The mode of every kind for the centre: its own choices over the defaults. */
    public Map<ConflictKind, ConflictMode> of(String centreCode) {
        Map<ConflictKind, ConflictMode> modes = new EnumMap<>(DEFAULTS);
        List<?> rows = entityManager.createNativeQuery("""
                        select p.kind, p.mode from conflict_policy p join centre c on c.id = p.centre_id
                        where c.code = ?""")
                .setParameter(1, centreCode)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            modes.put(ConflictKind.valueOf((String) columns[0]), ConflictMode.valueOf((String) columns[1]));
        }
        return modes;
    }

    /** Sets how the centre treats a kind of conflict. */
    public void choose(String centreCode, ConflictKind kind, ConflictMode mode) {
        entityManager.createNativeQuery("""
                        insert into conflict_policy (centre_id, kind, mode)
                        select id, ?, ? from centre where code = ?
                        on conflict (centre_id, kind) do update set mode = excluded.mode""")
                .setParameter(1, kind.name())
                .setParameter(2, mode.name())
                .setParameter(3, centreCode)
                .executeUpdate();
    }
}
