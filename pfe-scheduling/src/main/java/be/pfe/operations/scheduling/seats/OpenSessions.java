package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.course.CourseKind;
import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sessions a learner can be enrolled in by the user: training sessions (not skills validations) of the centres
 * the user plans for, planned, open or running, not yet ended; soonest first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenSessions {

    /** More would not fit a choice list: the soonest are those the desk needs. */
    static final int LIMIT = 300;

    @PersistenceContext(unitName = "pfe")
    EntityManager entityManager;
    @Inject
    Actor actor;

    protected OpenSessions() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public OpenSessions(EntityManager entityManager, Actor actor) {
        this.entityManager = entityManager;
        this.actor = actor;
    }

    @UseCase(Access.PLANNING)
    public List<SessionListItem> forEnrolment(LocalDate today) {
        var scope = actor.scope(Access.PLANNING);
        TypedQuery<SessionListItem> query = entityManager.createQuery("""
                select new be.pfe.operations.domain.session.SessionListItem(
                    s.id, c.code, k.code, k.title.fr, k.title.nl, k.title.en, r.code,
                    s.period.start, s.period.end, s.seatCapacity, s.teachingLanguage, s.status)
                from CourseSession s join s.centre c join s.course k left join s.room r
                where s.status in :statuses and k.kind = :training and s.period.end >= :today %s
                order by s.period.start, c.code, k.code, s.id""".formatted(scope.all() ? "" : "and c.code in :centres"),
                SessionListItem.class);
        query.setParameter("statuses", List.of(SessionStatus.PLANNED, SessionStatus.OPEN, SessionStatus.RUNNING))
                .setParameter("training", CourseKind.TRAINING)
                .setParameter("today", today);
        if (!scope.all()) {
            query.setParameter("centres", new ArrayList<>(scope.centres()));
        }
        return query.setMaxResults(LIMIT).getResultList();
    }
}
