package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.calendar.CentreClosures;
import be.pfe.operations.domain.calendar.ClosedDay;
import be.pfe.operations.domain.calendar.ClosingCalendar;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.calendar.SchedulingFacts;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.trainer.Trainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds every conflict of a session's meetings: with the other sessions of its room and of its trainers
 * (across all centres), with its trainers' qualifications and availability, its room's size, type and
 * equipment, and the days its centre is closed. Reads only: what to do with a conflict (block, or warn and
 * accept with a reason) is decided by the caller.
 *
 * <p>Two database queries per check, whatever the number of meetings: the other meetings of the room and of
 * the trainers during the session's period are read once and compared in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConflictDetector {

    private Meetings meetings;
    private CentreClosures closures;

    protected ConflictDetector() {
        // for CDI
    }

    @Inject
    public ConflictDetector(Meetings meetings, CentreClosures closures) {
        this.meetings = meetings;
        this.closures = closures;
    }

    /** The conflicts of the session if it met at the given times (its own stored meetings are ignored). */
    public List<Conflict> conflictsOf(CourseSession session, List<MeetingTime> times) {
        long self = session.id() == null ? -1 : session.id();
        List<Meeting> roomBookings = session.room() == null ? List.of()
                : meetings.scheduledInRoomsDuring(List.of(session.room()), session.period(), self);
        return explain(session, times, SchedulingFacts.OF_ENTITIES, roomBookings,
                meetings.scheduledForTrainersDuring(session.trainers(), session.period(), self),
                new ClosingCalendar(session.period(), closures.ofCentreDuring(session.centre().code(), session.period())));
    }

    /**
     * The conflicts the given meetings have now (a calendar's, or a centre's over some weeks): only scheduled
     * meetings of sessions that are not cancelled count. A conflict of a session as a whole (a room too small,
     * a trainer not qualified) is reported once, with the first of its meetings given.
     *
     * <p>A few queries whatever the number of meetings: the other meetings of their rooms and trainers during
     * the period, the closures of their centres, and the sessions' trainers (with their qualifications,
     * availability and absences) and equipment, one statement per kind ({@link Meetings#factsOf}).
     */
    public List<FoundConflict> conflictsAmong(List<Meeting> given, DateRange period) {
        Map<Long, List<Meeting>> bySession = new LinkedHashMap<>();
        for (Meeting meeting : given) {
            if (meeting.status() == MeetingStatus.SCHEDULED && meeting.session().status() != SessionStatus.CANCELLED) {
                bySession.computeIfAbsent(meeting.session().id(), session -> new ArrayList<>()).add(meeting);
            }
        }
        SchedulingFacts facts = bySession.isEmpty() ? SchedulingFacts.OF_ENTITIES : meetings.factsOf(
                bySession.values().stream().map(itsMeetings -> itsMeetings.get(0).session()).toList());
        Set<Room> rooms = new HashSet<>();
        Set<Trainer> trainers = new HashSet<>();
        Map<String, ClosingCalendar> calendars = new HashMap<>();
        for (List<Meeting> itsMeetings : bySession.values()) {
            CourseSession session = itsMeetings.get(0).session();
            if (session.room() != null) {
                rooms.add(session.room());
            }
            trainers.addAll(facts.trainersOf(session));
            calendars.computeIfAbsent(session.centre().code(),
                    centre -> new ClosingCalendar(period, closures.ofCentreDuring(centre, period)));
        }
        List<Meeting> roomBookings = rooms.isEmpty() ? List.of() : meetings.scheduledInRoomsDuring(rooms, period, -1);
        List<Meetings.TrainerBooking> trainerBookings = meetings.scheduledForTrainersDuring(trainers, period, -1);

        List<FoundConflict> found = new ArrayList<>();
        for (List<Meeting> itsMeetings : bySession.values()) {
            CourseSession session = itsMeetings.get(0).session();
            List<Trainer> itsTrainers = facts.trainersOf(session);
            Map<MeetingTime, Meeting> byTime = new HashMap<>();
            itsMeetings.forEach(meeting -> byTime.put(meeting.time(), meeting));
            List<Meeting> othersInRoom = roomBookings.stream()
                    .filter(booking -> !booking.session().equals(session)
                            && booking.session().room().equals(session.room())).toList();
            List<Meetings.TrainerBooking> othersOfTrainers = trainerBookings.stream()
                    .filter(booking -> !booking.meeting().session().equals(session)
                            && itsTrainers.contains(booking.trainer())).toList();
            for (Conflict conflict : explain(session, byTime.keySet().stream().sorted().toList(), facts,
                    othersInRoom, othersOfTrainers, calendars.get(session.centre().code()))) {
                Meeting concerned = conflict.meeting() == null ? itsMeetings.get(0) : byTime.get(conflict.meeting());
                found.add(new FoundConflict(session, concerned, conflict));
            }
        }
        found.sort(Comparator.comparing((FoundConflict f) -> f.meeting().time()).thenComparing(f -> f.conflict().kind()));
        return found;
    }

    /** The conflicts of the session at the given times, against the other sessions' meetings given. */
    private static List<Conflict> explain(CourseSession session, List<MeetingTime> times, SchedulingFacts facts,
                                          List<Meeting> roomBookings,
                                          List<Meetings.TrainerBooking> trainerBookings, ClosingCalendar calendar) {
        List<Conflict> conflicts = new ArrayList<>();
        Room room = session.room();
        Course course = session.course();

        if (room != null) {
            roomSuitability(session, room, course, facts, conflicts);
            for (MeetingTime time : times) {
                for (Meeting other : roomBookings) {
                    if (other.time().overlaps(time)) {
                        conflicts.add(new Conflict(ConflictKind.ROOM_DOUBLE_BOOKED, time, other.session().id(),
                                List.of(room.code(), other.session().course().code(), other.time().start(),
                                        other.time().end())));
                    }
                }
            }
        }

        for (Trainer trainer : facts.trainersOf(session)) {
            if (!facts.isQualified(trainer, course)) {
                conflicts.add(new Conflict(ConflictKind.TRAINER_NOT_QUALIFIED, null, null,
                        List.of(trainer.name(), course.code())));
            }
            for (MeetingTime time : times) {
                if (!facts.isAvailable(trainer, time)) {
                    conflicts.add(new Conflict(ConflictKind.TRAINER_UNAVAILABLE, time, null,
                            List.of(trainer.name(), time.date(), time.start(), time.end())));
                }
            }
        }
        for (Meetings.TrainerBooking booking : trainerBookings) {
            for (MeetingTime time : times) {
                if (booking.meeting().time().overlaps(time)) {
                    conflicts.add(new Conflict(ConflictKind.TRAINER_DOUBLE_BOOKED, time,
                            booking.meeting().session().id(), List.of(booking.trainer().name(),
                            booking.meeting().session().centre().code(), booking.meeting().time().start(),
                            booking.meeting().time().end())));
                }
            }
        }

        for (MeetingTime time : times) {
            calendar.closure(time.date()).ifPresent(closed -> conflicts.add(
                    new Conflict(ConflictKind.CLOSED_DAY, time, null, List.of(time.date(), why(closed)))));
        }
        return conflicts;
    }

    private static void roomSuitability(CourseSession session, Room room, Course course, SchedulingFacts facts,
                                        List<Conflict> conflicts) {
        if (session.seatCapacity() > room.seatCapacity()) {
            conflicts.add(new Conflict(ConflictKind.ROOM_TOO_SMALL, null, null,
                    List.of(room.code(), room.seatCapacity(), session.seatCapacity())));
        }
        Set<String> missing = new TreeSet<>(facts.equipmentRequiredBy(course));
        missing.removeAll(facts.equipmentOf(room));
        boolean wrongType = course.requiredRoomType() != null && course.requiredRoomType() != room.type();
        if (wrongType || !missing.isEmpty()) {
            conflicts.add(new Conflict(ConflictKind.ROOM_UNSUITABLE, null, null, List.of(room.code(),
                    course.code(), wrongType ? course.requiredRoomType() : room.type(),
                    missing.isEmpty() ? "-" : String.join(", ", missing))));
        }
    }

    /** A public holiday is named by its enum (translated by the page); a centre's closure by its reason. */
    private static Object why(ClosedDay closed) {
        return closed.holiday() != null ? closed.holiday() : closed.reason();
    }
}
