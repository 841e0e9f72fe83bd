package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lets a change through its conflicts, or not, by the centre's policy: a blocked conflict refuses the change;
 * warnings refuse it unless someone accepts them with a reason, which is then recorded with who and when.
 * Called inside the transaction of the change, so a refusal leaves nothing written.
 */
@ApplicationScoped
public class ConflictGate {

    public static final int REASON_LENGTH = 500;

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private ConflictPolicy policy;

    protected ConflictGate() {
        // for CDI
    }

    @Inject
    public ConflictGate(ConflictPolicy policy) {
        this.policy = policy;
    }

    /** For use outside a container (tests). */
    public ConflictGate(EntityManager entityManager, ConflictPolicy policy) {
        this(policy);
        this.entityManager = entityManager;
    }

    public void pass(CourseSession session, List<Conflict> conflicts, Acceptance acceptance) {
        Map<ConflictKind, ConflictMode> modes = policy.of(session.centre().code());
        List<Conflict> blocking = new ArrayList<>();
        List<Conflict> warnings = new ArrayList<>();
        conflicts.forEach(c -> (modes.get(c.kind()) == ConflictMode.BLOCK ? blocking : warnings).add(c));
        if (!blocking.isEmpty() || (!warnings.isEmpty() && acceptance == null)) {
            throw new SchedulingConflictException(blocking, warnings);
        }
        for (Conflict warning : warnings) {
            entityManager.createNativeQuery("""
                            insert into accepted_conflict (session_id, kind, meeting_date, other_session_id, reason,
                                                           accepted_by)
                            values (?, ?, cast(? as date), cast(? as bigint), ?, ?)""")
                    .setParameter(1, session.id())
                    .setParameter(2, warning.kind().name())
                    .setParameter(3, warning.meeting() == null ? null : warning.meeting().date())
                    .setParameter(4, warning.otherSessionId())
                    .setParameter(5, acceptance.reason())
                    .setParameter(6, acceptance.acceptedBy())
                    .executeUpdate();
        }
    }

    /** Someone accepts the warnings of a change, and says why. */
    public record Acceptance(String acceptedBy, String reason) {

        public Acceptance {
            if (reason == null || reason.isBlank() || reason.length() > REASON_LENGTH) {
                throw new BusinessRuleException("conflict.acceptance.reasonInvalid", "reason", REASON_LENGTH);
            }
            be.pfe.operations.domain.shared.TypedText.requireReadable(reason, "reason", true);
            if (acceptedBy == null || acceptedBy.isBlank()) {
                throw new BusinessRuleException("conflict.acceptance.whoRequired", "acceptedBy");
            }
            reason = reason.strip();
        }

        /** The acceptance, or {@code null} when no reason is given (then no warning is accepted). */
        public static Acceptance ifGiven(String acceptedBy, String reason) {
            return reason == null || reason.isBlank() ? null : new Acceptance(acceptedBy, reason);
        }
    }
}
