package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.DateRange;

import be.pfe.operations.domain.trainer.Trainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaMeetings implements Meetings {

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
        return entityManager.createQuery("""
                        select m from Meeting m join fetch m.session s join fetch s.course join fetch s.centre c
                        left join fetch s.room
                        where c.code = :centre and m.date between :start and :end
                        order by m.date, m.start""", Meeting.class)
                .setParameter("centre", centreCode)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }

    @Override
    public List<Meeting> ofRoomDuring(String centreCode, String roomCode, DateRange period) {
        return entityManager.createQuery("""
                        select m from Meeting m join fetch m.session s join fetch s.course join fetch s.centre
                        join fetch s.room r
                        where r.code = :room and r.centre.code = :centre and m.date between :start and :end
                        order by m.date, m.start""", Meeting.class)
                .setParameter("centre", centreCode)
                .setParameter("room", roomCode)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }

    @Override
    public List<Meeting> ofTrainerDuring(String trainerCode, DateRange period) {
        return entityManager.createQuery("""
                        select m from Meeting m join fetch m.session s join fetch s.course join fetch s.centre
                        left join fetch s.room
                        where m.date between :start and :end
                          and exists (select t from CourseSession x join x.trainers t
                                      where x = s and t.code = :trainer)
                        order by m.date, m.start""", Meeting.class)
                .setParameter("trainer", trainerCode)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }

    @Override
    public List<Meeting> scheduledInRoomsDuring(Collection<Room> rooms, DateRange period, long excludedSessionId) {
        return otherScheduledMeetings(entityManager.createQuery("""
                        select m from Meeting m join fetch m.session s join fetch s.course
                        where s.room in :rooms and s.id <> :excluded and s.status <> :cancelledSession
                          and m.status = :scheduled and m.date between :start and :end
                        order by m.date, m.start""", Meeting.class), period, excludedSessionId)
                .setParameter("rooms", rooms)
                .getResultList();
    }

    @Override
    public List<TrainerBooking> scheduledForTrainersDuring(Collection<Trainer> trainers, DateRange period,
                                                          long excludedSessionId) {
        if (trainers.isEmpty()) {
            return List.of();
        }
        return otherScheduledMeetings(entityManager.createQuery("""
                        select new be.pfe.operations.domain.calendar.Meetings.TrainerBooking(t, m)
                        from Meeting m join m.session s join s.trainers t
                        where t in :trainers and s.id <> :excluded and s.status <> :cancelledSession
                          and m.status = :scheduled and m.date between :start and :end
                        order by m.date, m.start""", TrainerBooking.class), period, excludedSessionId)
                .setParameter("trainers", trainers)
                .getResultList();
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
