package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.DateRange;

import be.pfe.operations.domain.trainer.Trainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.QueryHints;

import be.pfe.operations.domain.session.CourseSession;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

@ApplicationScoped
public class JpaMeetings implements Meetings {

    private static final int IDS_PER_STATEMENT = 1000;

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaMeetings() {
        // for CDI
    }

    public JpaMeetings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Meeting> ofSession(long sessionId) {
        return entityManager.createNamedQuery(Meeting.FIND_BY_SESSION, Meeting.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    @Override
    public java.util.Optional<Meeting> byId(long id) {
        return java.util.Optional.ofNullable(entityManager.find(Meeting.class, id));
    }

    @Override
    public List<Meeting> ofCentreDuring(String centreCode, DateRange period) {
        return withSessions(entityManager.createQuery("""
                        select m from Meeting m join fetch m.session s join fetch s.course join fetch s.centre c
                        left join fetch s.room
                        where c.code = :centre and m.date between :start and :end
                        order by m.date, m.start""", Meeting.class))
                .setParameter("centre", centreCode)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }

    @Override
    public List<Meeting> ofRoomDuring(String centreCode, String roomCode, DateRange period) {
        return withSessions(entityManager.createQuery("""
                        select m from Meeting m join fetch m.session s join fetch s.course join fetch s.centre
                        join fetch s.room r
                        where r.code = :room and r.centre.code = :centre and m.date between :start and :end
                        order by m.date, m.start""", Meeting.class))
                .setParameter("centre", centreCode)
                .setParameter("room", roomCode)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }

    @Override
    public List<Meeting> ofTrainerDuring(String trainerCode, DateRange period) {
        return withSessions(entityManager.createQuery("""
                        select m from Meeting m join fetch m.session s join fetch s.course join fetch s.centre
                        left join fetch s.room
                        where m.date between :start and :end
                          and exists (select t from CourseSession x join x.trainers t
                                      where x = s and t.code = :trainer)
                        order by m.date, m.start""", Meeting.class))
                .setParameter("trainer", trainerCode)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }

    @Override
    public List<Meeting> scheduledInRoomsDuring(Collection<Room> rooms, DateRange period, long excludedSessionId) {
        return otherScheduledMeetings(withSessions(entityManager.createQuery("""
                        select m from Meeting m join fetch m.session s
                        where s.room in :rooms and s.id <> :excluded and s.status <> :cancelledSession
                          and m.status = :scheduled and m.date between :start and :end
                        order by m.date, m.start""", Meeting.class)), period, excludedSessionId)
                .setParameter("rooms", rooms)
                .getResultList();
    }

    @Override
    public List<TrainerBooking> scheduledForTrainersDuring(Collection<Trainer> trainers, DateRange period,
                                                          long excludedSessionId) {
        if (trainers.isEmpty()) {
            return List.of();
        }
        // the meetings with their sessions in one statement, then which trainer teaches which (a constructor
        // result cannot fetch the session: it was read one session at a time)
        String scheduledForTrainers = """
                from Meeting m join m.session s join s.trainers t
                where t in :trainers and s.id <> :excluded and s.status <> :cancelledSession
                  and m.status = :scheduled and m.date between :start and :end""";
        List<Object[]> pairs = otherScheduledMeetings(entityManager.createQuery(
                "select t.id, m.id " + scheduledForTrainers, Object[].class), period, excludedSessionId)
                .setParameter("trainers", trainers)
                .getResultList();
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<Long, Meeting> byId = new HashMap<>();
        List<Long> meetingIds = pairs.stream().map(pair -> (Long) pair[1]).distinct().toList();
        for (int from = 0; from < meetingIds.size(); from += IDS_PER_STATEMENT) {
            withSessions(entityManager.createQuery("select m from Meeting m join fetch m.session where m.id in :ids",
                    Meeting.class))
                    .setParameter("ids", meetingIds.subList(from, Math.min(meetingIds.size(), from + IDS_PER_STATEMENT)))
                    .getResultList().forEach(meeting -> byId.put(meeting.id(), meeting));
        }
        Map<Long, Trainer> trainersById = new HashMap<>();
        trainers.forEach(trainer -> trainersById.put(trainer.id(), trainer));
        return pairs.stream().map(pair -> new TrainerBooking(trainersById.get((Long) pair[0]), byId.get((Long) pair[1])))
                .sorted(Comparator.comparing((TrainerBooking booking) -> booking.meeting().time().date())
                        .thenComparing(booking -> booking.meeting().time().start())
                        .thenComparing(booking -> booking.meeting().id())
                        .thenComparing(booking -> booking.trainer().code()))
                .toList();
    }

    /**
     * The meetings' sessions come with the query (JPQL's {@code join fetch m.session s join fetch s.course} fetches
     * the session only: EclipseLink ignores a fetch join through an alias) with their course and room, so that
     * reading them does not take a statement per session.
     */
    private static TypedQuery<Meeting> withSessions(TypedQuery<Meeting> query) {
        return query.setHint(QueryHints.FETCH, "m.session.course")
                .setHint(QueryHints.LEFT_FETCH, "m.session.room");
    }

    @Override
    public SchedulingFacts factsOf(Collection<CourseSession> sessions) {
        List<Long> sessionIds = sessions.stream().map(CourseSession::id).filter(Objects::nonNull).distinct().toList();
        Map<Long, List<Trainer>> trainersBySession = new HashMap<>();
        Map<Long, Trainer> trainers = new LinkedHashMap<>();
        for (Object[] row : rows("select s.id, t from CourseSession s join s.trainers t where s.id in :ids",
                sessionIds)) {
            Trainer trainer = (Trainer) row[1];
            trainers.putIfAbsent(trainer.id(), trainer);
            trainersBySession.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(trainer);
        }
        List<Long> trainerIds = List.copyOf(trainers.keySet());
        Map<Long, Set<Long>> qualifications = new HashMap<>();
        for (Object[] row : rows("select t.id, c.id from Trainer t join t.qualifications c where t.id in :ids",
                trainerIds)) {
            qualifications.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]);
        }
        Map<Long, Set<WeeklySlot>> availability = new HashMap<>();
        for (Object[] row : rows("select t.id, a.day, a.start, a.end from Trainer t join t.availability a"
                + " where t.id in :ids", trainerIds)) {
            availability.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                    .add(new WeeklySlot((DayOfWeek) row[1], (LocalTime) row[2], (LocalTime) row[3]));
        }
        Map<Long, Set<DateRange>> absences = new HashMap<>();
        for (Object[] row : rows("select t.id, a.start, a.end from Trainer t join t.absences a where t.id in :ids",
                trainerIds)) {
            absences.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                    .add(new DateRange((LocalDate) row[1], (LocalDate) row[2]));
        }
        List<Long> roomIds = sessions.stream().map(CourseSession::room).filter(Objects::nonNull).map(Room::id)
                .distinct().toList();
        Map<Long, Set<String>> roomEquipment = new HashMap<>();
        for (Object[] row : rows("select r.id, e from Room r join r.equipment e where r.id in :ids", roomIds)) {
            roomEquipment.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        List<Long> courseIds = sessions.stream().map(session -> session.course().id()).distinct().toList();
        Map<Long, Set<String>> courseEquipment = new HashMap<>();
        for (Object[] row : rows("select c.id, e from Course c join c.requiredEquipment e where c.id in :ids",
                courseIds)) {
            courseEquipment.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        return new SchedulingFacts.Loaded(trainersBySession, qualifications, availability, absences, roomEquipment,
                courseEquipment);
    }

    /** The rows of a query on ids, a thousand ids a statement (none asked when there are none). */
    private List<Object[]> rows(String jpql, List<Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            rows.addAll(entityManager.createQuery(jpql, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)))
                    .getResultList());
        }
        return rows;
    }

    /** The parameters shared by the queries for other sessions' scheduled meetings during a period. */
    private static <T> TypedQuery<T> otherScheduledMeetings(TypedQuery<T> query, DateRange period,
                                                            long excludedSessionId) {
        return query.setParameter("excluded", excludedSessionId)
                .setParameter("cancelledSession", SessionStatus.CANCELLED)
                .setParameter("scheduled", MeetingStatus.SCHEDULED)
                .setParameter("start", period.start())
                .setParameter("end", period.end());
    }

    @Override
    public void addAll(List<Meeting> meetings) {
        meetings.forEach(entityManager::persist);
        entityManager.flush();
    }
}
