package be.pfe.operations.scheduling.timetabling;

import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.timetabling.ProposedLesson;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Between the real timetable and the solver: builds the {@link TermProblem} of a term from the database, and
 * writes an accepted proposal back through the same checks as a change made by hand.
 * <p>
 * A term is planned as one repeating week: every session active during the term counts as meeting every week
 * of it. A session is <em>unplaced</em> when it is not cancelled, has no weekly pattern and no scheduled
 * meeting yet; only those are placed, and only those of the chosen centre (all centres when none is chosen).
 * Every other session keeps its times: its group is pinned in the room it holds and its lessons at their times,
 * and its trainers are not offered at those times, whatever the centre (trainers are shared).
 */
@ApplicationScoped
public class TermTimetables {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private SessionTimetabling timetabling;

    protected TermTimetables() {
        // for CDI
    }

    @Inject
    public TermTimetables(SessionTimetabling timetabling) {
        this.timetabling = timetabling;
    }

    /** For use outside a container (tests): the same, on the given entity manager. */
    public TermTimetables(EntityManager entityManager, SessionTimetabling timetabling) {
        this(timetabling);
        this.entityManager = entityManager;
    }

    /** The sessions of the term that are still to be placed, for the centre ({@code null}: all centres). */
    public List<CourseSession> unplacedSessions(String centreCode, DateRange term) {
        return activeSessions(term).stream()
                .filter(session -> centreCode == null || session.centre().code().equals(centreCode))
                .filter(this::isUnplaced)
                .toList();
    }

    private boolean isUnplaced(CourseSession session) {
        return session.weeklyPattern().isEmpty() && scheduledMeetings(session.id()) == 0;
    }

    private long scheduledMeetings(long sessionId) {
        return entityManager.createQuery(
                        "select count(m) from Meeting m where m.session.id = :session and m.status = :scheduled", Long.class)
                .setParameter("session", sessionId)
                .setParameter("scheduled", MeetingStatus.SCHEDULED)
                .getSingleResult();
    }

    private List<CourseSession> activeSessions(DateRange term) {
        return entityManager.createQuery("""
                        select s from CourseSession s
                        where s.period.start <= :end and s.period.end >= :start and s.status <> :cancelled
                        order by s.id""", CourseSession.class)
                .setParameter("start", term.start())
                .setParameter("end", term.end())
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList();
    }

    /** The term as the solver sees it; see the class comment for what is placed and what is kept. */
    public TermProblem problem(String centreCode, DateRange term) {
        return build(term, new LinkedHashSet<>(unplacedSessions(centreCode, term)), Set.of(), null);
    }

    /** The placed sessions of the term that the trainer teaches. */
    public List<CourseSession> sessionsTaughtBy(Trainer trainer, DateRange term) {
        return activeSessions(term).stream()
                .filter(session -> session.trainers().contains(trainer))
                .filter(session -> session.room() != null && !session.weeklyPattern().isEmpty())
                .toList();
    }

    /**
     * The term once {@code absent} can no longer teach during it (falls ill, leaves): each session they teach
     * needs another trainer, qualified and free at the session's times, which stay as learners know them; its
     * room may change if need be (each change is a disruption the solver pays for, see {@link Replanning}).
     * Every other session stays as it is.
     */
    public TermProblem replanningProblem(Trainer absent, DateRange term) {
        Set<CourseSession> taught = new LinkedHashSet<>(sessionsTaughtBy(absent, term));
        TermProblem current = build(term, Set.of(), taught, absent);
        Timetable replanned = Replanning.afterTrainerAbsence(current.timetable(), String.valueOf(absent.id()));
        replanned.getLessons().stream().filter(TermProblem::toPlace).forEach(Lesson::pin);
        return new TermProblem(replanned, taught.size());
    }

    private TermProblem build(DateRange term, Set<CourseSession> toPlace, Set<CourseSession> toReplan, Trainer absent) {
        List<CourseSession> active = activeSessions(term);
        Map<Long, Set<TimetableSlot>> busyTrainers = new HashMap<>();
        for (CourseSession session : active) {
            if (!toPlace.contains(session)) {
                List<TimetableSlot> pattern = pattern(session);
                for (Trainer trainer : session.trainers()) {
                    busyTrainers.computeIfAbsent(trainer.id(), id -> new HashSet<>()).addAll(pattern);
                }
            }
        }
        List<TimetableTrainer> trainers = new ArrayList<>(trainers(busyTrainers));
        List<Lesson> lessons = new ArrayList<>();
        for (CourseSession session : active) {
            if (toPlace.contains(session)) {
                LessonGroup group = groupToPlace(session);
                int count = TermProblem.lessonsPerWeek(session.course().durationHours(), session.period().days());
                for (int n = 0; n < count; n++) {
                    lessons.add(group.newLesson(TermProblem.TO_PLACE + session.id() + "-" + n));
                }
            } else if (toReplan.contains(session)) {
                TimetableTrainer teaching = trainers.stream()
                        .filter(trainer -> trainer.id().equals(String.valueOf(absent.id()))).findFirst().orElseThrow();
                LessonGroup group = groupToPlace(session).assign(room(session.room()), teaching);
                addLessons(lessons, group, TermProblem.TO_PLACE, session);
            } else if (session.room() != null && !session.weeklyPattern().isEmpty()) {
                List<TimetableSlot> pattern = pattern(session);
                TimetableTrainer standIn = new TimetableTrainer("session-" + session.id(),
                        Set.of(session.centre().code()), Set.of(session.course().code()), Set.copyOf(pattern), Set.of());
                trainers.add(standIn);
                LessonGroup group = placedGroup(session).assign(room(session.room()), standIn).pin();
                addLessons(lessons, group, TermProblem.PLACED, session).forEach(Lesson::pin);
            }
        }
        return new TermProblem(new Timetable(TermProblem.HALF_DAYS, rooms(), trainers, lessons),
                toPlace.size() + toReplan.size());
    }

    /** The session's lessons at its weekly times; returns them. */
    private static List<Lesson> addLessons(List<Lesson> lessons, LessonGroup group, String prefix, CourseSession session) {
        List<Lesson> added = new ArrayList<>();
        int n = 0;
        for (TimetableSlot slot : pattern(session)) {
            added.add(group.newLesson(prefix + session.id() + "-" + n++).placeAt(slot));
        }
        lessons.addAll(added);
        return added;
    }

    private static List<TimetableSlot> pattern(CourseSession session) {
        return session.weeklyPattern().stream().map(TermTimetables::solverSlot).sorted().toList();
    }

    private static LessonGroup groupToPlace(CourseSession session) {
        return new LessonGroup(String.valueOf(session.id()), session.course().code(), session.centre().code(),
                session.seatCapacity(),
                session.course().requiredRoomType() == null ? null : session.course().requiredRoomType().name(),
                session.course().requiredEquipment());
    }

    /** A session already in the timetable: it asks nothing of its room, it only holds it. */
    private static LessonGroup placedGroup(CourseSession session) {
        Room room = session.room();
        return new LessonGroup(String.valueOf(session.id()), session.course().code(), session.centre().code(),
                Math.min(session.seatCapacity(), room.seatCapacity()), room.type().name(), Set.of());
    }

    private List<RoomResource> rooms() {
        return entityManager.createQuery("select r from Room r order by r.id", Room.class).getResultList().stream()
                .map(TermTimetables::room)
                .toList();
    }

    private static RoomResource room(Room room) {
        return new RoomResource(String.valueOf(room.id()), room.centre().code(), room.type().name(),
                room.seatCapacity(), room.equipment());
    }

    /**
     * Every trainer, offered at the grid's slots inside their weekly availability (any slot when they gave
     * none) and outside the times their placed sessions already take.
     */
    private List<TimetableTrainer> trainers(Map<Long, Set<TimetableSlot>> busy) {
        List<TimetableTrainer> trainers = new ArrayList<>();
        for (Trainer trainer : entityManager.createQuery("select t from Trainer t order by t.id", Trainer.class)
                .getResultList()) {
            List<TimetableSlot> availability = trainer.availability().stream().map(TermTimetables::solverSlot).toList();
            Set<TimetableSlot> taken = busy.getOrDefault(trainer.id(), Set.of());
            Set<TimetableSlot> free = TermProblem.HALF_DAYS.stream()
                    .filter(slot -> availability.isEmpty() || availability.stream().anyMatch(range -> range.covers(slot)))
                    .filter(slot -> taken.stream().noneMatch(slot::overlaps))
                    .collect(Collectors.toSet());
            trainers.add(new TimetableTrainer(String.valueOf(trainer.id()), trainer.centreCodes(),
                    trainer.qualifiedCourseCodes(), free, Set.of()));
        }
        return trainers;
    }

    private static TimetableSlot solverSlot(be.pfe.operations.domain.calendar.WeeklySlot slot) {
        return new TimetableSlot(slot.day(), slot.start(), slot.end());
    }

    /**
     * Writes a proposal into the timetable: each session gets its room, its trainers and its weekly pattern,
     * whose meetings are generated and checked for conflicts exactly as when staff set a pattern by hand. Any
     * session that is no longer unplaced, or any conflict the centre blocks (or warns of, without an
     * acceptance), refuses the whole proposal: the caller's transaction then writes nothing.
     *
     * @return the number of sessions placed
     */
    public int apply(List<ProposedLesson> proposal, ConflictGate.Acceptance acceptance) {
        Map<Long, List<ProposedLesson>> bySession = proposal.stream()
                .collect(Collectors.groupingBy(ProposedLesson::sessionId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<Long, List<ProposedLesson>> entry : bySession.entrySet()) {
            CourseSession session = entityManager.find(CourseSession.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (session == null || session.status() == SessionStatus.CANCELLED || !isUnplaced(session)) {
                throw new BusinessRuleException("timetabling.apply.sessionChanged", "session",
                        session == null ? entry.getKey() : session.course().code(), entry.getKey());
            }
            List<ProposedLesson> lessons = entry.getValue();
            Set<Long> roomIds = lessons.stream().map(ProposedLesson::roomId).collect(Collectors.toSet());
            if (roomIds.size() != 1) {
                throw new BusinessRuleException("timetabling.apply.severalRooms", "session", session.course().code(),
                        session.id());
            }
            session.placeIn(entityManager.find(Room.class, roomIds.iterator().next()));
            session.assignTrainers(lessons.stream().map(ProposedLesson::trainerId).distinct().sorted()
                    .map(id -> entityManager.find(Trainer.class, id)).toList());
            entityManager.flush();
            timetabling.setWeeklyPattern(session.id(), lessons.stream().map(ProposedLesson::slot)
                    .sorted(Comparator.naturalOrder()).toList(), acceptance);
        }
        return bySession.size();
    }

    /**
     * Writes a re-planning into the timetable: each session the absent trainer taught gets the proposed
     * trainer in their place (other trainers stay) and the proposed room, from the first day of the term; its
     * meetings from then on are checked for conflicts like any change. A session the trainer no longer
     * teaches, or whose times changed since the proposal, refuses the whole re-planning.
     *
     * @return the number of sessions changed
     */
    public int applyReplanning(List<ProposedLesson> proposal, Trainer absent, LocalDate from,
                               ConflictGate.Acceptance acceptance) {
        Map<Long, List<ProposedLesson>> bySession = proposal.stream()
                .collect(Collectors.groupingBy(ProposedLesson::sessionId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<Long, List<ProposedLesson>> entry : bySession.entrySet()) {
            CourseSession session = entityManager.find(CourseSession.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE);
            List<ProposedLesson> lessons = entry.getValue();
            Set<be.pfe.operations.domain.calendar.WeeklySlot> proposedTimes = lessons.stream()
                    .map(ProposedLesson::slot).collect(Collectors.toSet());
            if (session == null || session.status() == SessionStatus.CANCELLED || !session.trainers().contains(absent)
                    || !Set.copyOf(session.weeklyPattern()).equals(proposedTimes)) {
                throw new BusinessRuleException("timetabling.apply.sessionChanged", "session",
                        session == null ? entry.getKey() : session.course().code(), entry.getKey());
            }
            Set<Trainer> trainers = new LinkedHashSet<>(session.trainers());
            trainers.remove(absent);
            trainers.add(entityManager.find(Trainer.class, lessons.get(0).trainerId()));
            timetabling.reassign(session.id(), entityManager.find(Room.class, lessons.get(0).roomId()), trainers,
                    from, acceptance);
        }
        return bySession.size();
    }
}
