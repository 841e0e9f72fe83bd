package be.pfe.operations.domain.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCourseSessions implements CourseSessions {

    /** JPQL paths of the sortable columns: only these reach the query, never a client-given string. */
    private static final Map<SessionSearch.SortColumn, String> SORT_PATHS = Map.of(
            SessionSearch.SortColumn.START_DATE, "s.period.start",
            SessionSearch.SortColumn.END_DATE, "s.period.end",
            SessionSearch.SortColumn.CENTRE, "c.code",
            SessionSearch.SortColumn.COURSE, "k.code",
            SessionSearch.SortColumn.ROOM, "r.code",
            SessionSearch.SortColumn.SEATS, "s.seatCapacity",
            SessionSearch.SortColumn.STATUS, "s.status");

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaCourseSessions() {
        // for CDI
    }

    public JpaCourseSessions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<CourseSession> byId(long id) {
        return Optional.ofNullable(entityManager.find(CourseSession.class, id));
    }

    @Override
    public CourseSession add(CourseSession session) {
        entityManager.persist(session);
        entityManager.flush(); // the identity column gives the id on insert
        return session;
    }

    @Override
    public List<SessionListItem> search(SessionSearch search) {
        String order = SORT_PATHS.get(search.sortColumn()) + (search.ascending() ? " asc" : " desc");
        TypedQuery<SessionListItem> query = entityManager.createQuery("""
                        select new be.pfe.operations.domain.session.SessionListItem(
                            s.id, c.code, k.code, k.title.fr, k.title.nl, k.title.en, r.code,
                            s.period.start, s.period.end, s.seatCapacity, s.teachingLanguage, s.status)
                        from CourseSession s join s.centre c join s.course k left join s.room r
                        %s
                        order by %s, s.id""".formatted(centreFilter(search.centreCode(), "c.code"), order),
                SessionListItem.class);
        if (search.centreCode() != null) {
            query.setParameter("centre", search.centreCode());
        }
        return query.setFirstResult(search.first())
                .setMaxResults(search.pageSize())
                .getResultList();
    }

    @Override
    public long count(String centreCode) {
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(s) from CourseSession s " + centreFilter(centreCode, "s.centre.code"), Long.class);
        if (centreCode != null) {
            query.setParameter("centre", centreCode);
        }
        return query.getSingleResult();
    }

    @Override
    public Optional<CourseSession> lockById(long id) {
        return Optional.ofNullable(entityManager.find(CourseSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> dueForCalendar(LocalDate today) {
        return entityManager.createQuery("""
                        select s.id from CourseSession s
                        where (s.status in :open and s.period.start <= :today)
                           or (s.status = :running and s.period.end < :today)
                        order by s.id""", Long.class)
                .setParameter("open", List.of(SessionStatus.PLANNED, SessionStatus.OPEN))
                .setParameter("running", SessionStatus.RUNNING)
                .setParameter("today", today)
                .getResultList();
    }

    @Override
    public List<SessionEvent> historyOf(long sessionId) {
        return entityManager.createQuery("""
                        select e from SessionEvent e where e.session.id = :session order by e.occurredAt, e.id""",
                        SessionEvent.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    private static String centreFilter(String centreCode, String path) {
        return centreCode == null ? "" : "where " + path + " = :centre";
    }
}
