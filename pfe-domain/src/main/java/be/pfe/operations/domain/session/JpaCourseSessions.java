package be.pfe.operations.domain.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<SessionListItem> query = entityManager.createQuery("""
                        select new be.pfe.operations.domain.session.SessionListItem(
                            s.id, c.code, k.code, k.title.fr, k.title.nl, k.title.en, r.code,
                            s.period.start, s.period.end, s.seatCapacity, s.teachingLanguage, s.status)
                        from CourseSession s join s.centre c join s.course k left join s.room r
                        %s
                        order by %s, s.id""".formatted(where(search, parameters), order),
                SessionListItem.class);
        parameters.forEach(query::setParameter);
        LocalDate today = search.filters().day();
        return query.setFirstResult(search.first())
                .setMaxResults(search.pageSize())
                .getResultStream().map(item -> item.asOf(today)).toList();
    }

    @Override
    public long count(String centreCode) {
        return countOf(new SessionSearch(centreCode, 0, 1, null, true));
    }

    @Override
    public long countOf(SessionSearch search) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = entityManager.createQuery("select count(s) from CourseSession s join s.centre c"
                + " join s.course k left join s.room r " + where(search, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The where clause of a search, its values in {@code parameters} (never a client's text in the query). */
    private static String where(SessionSearch search, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        SessionSearch.Filters filters = search.filters();
        if (search.centreCode() != null) {
            conditions.add("c.code = :centre");
            parameters.put("centre", search.centreCode());
        }
        if (filters.courseCode() != null) {
            conditions.add("k.code = :course");
            parameters.put("course", filters.courseCode());
        }
        if (filters.partnerCode() != null) {
            conditions.add("k.providingPartner.code = :partner");
            parameters.put("partner", filters.partnerCode());
        }
        if (filters.from() != null) {
            conditions.add("s.period.end >= :from");
            parameters.put("from", filters.from());
        }
        if (filters.to() != null) {
            conditions.add("s.period.start <= :to");
            parameters.put("to", filters.to());
        }
        if (filters.text() != null) {
            conditions.add("(lower(k.code) like :text or lower(k.title.fr) like :text or lower(k.title.nl) like :text"
                    + " or lower(k.title.en) like :text or lower(r.code) like :text)");
            parameters.put("text", "%" + filters.text().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filters.status() != null) {
            conditions.add(statusCondition(filters.status()));
            if (filters.status() != SessionStatus.CANCELLED) {
                parameters.put("today", filters.day());
            }
            if (filters.status() != SessionStatus.RUNNING) {
                parameters.put("status", filters.status());
            }
            if (filters.status() == SessionStatus.CLOSED || filters.status() == SessionStatus.RUNNING) {
                parameters.put("moving", List.of(SessionStatus.PLANNED, SessionStatus.OPEN, SessionStatus.RUNNING));
            }
        }
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    /** The sessions whose status as of {@code :today} is the one asked for ({@link SessionStatus#dueOn}). */
    private static String statusCondition(SessionStatus status) {
        return switch (status) {
            case CANCELLED -> "s.status = :status";
            case CLOSED -> "(s.status = :status or (s.status in :moving and s.period.end < :today))";
            case RUNNING -> "(s.status in :moving and s.period.start <= :today and s.period.end >= :today)";
            case PLANNED, OPEN -> "(s.status = :status and s.period.start > :today)";
        };
    }

    @Override
    public Optional<CourseSession> lockById(long id) {
        return Optional.ofNullable(entityManager.find(CourseSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> idsByCode(String courseCode, LocalDate startDate) {
        return entityManager.createQuery("""
                        select s.id from CourseSession s
                        where upper(s.course.code) = :code and s.period.start = :start
                        order by s.id""", Long.class)
                .setParameter("code", courseCode.toUpperCase(java.util.Locale.ROOT))
                .setParameter("start", startDate)
                .getResultList();
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
}
