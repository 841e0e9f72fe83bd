package be.pfe.operations.domain.session;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.DateWindow;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.trainer.Trainer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.time.ZoneOffset;

/**
 * One run of a course at a centre, over a period, in a room, with a number of seats. Its rules hold in every
 * state: the period's end is not before its start, the seats are positive and fit in the room, the room
 * belongs to the session's centre, and the status only moves along {@link SessionStatus#next()}.
 */
@Entity
@Table(name = "course_session")
public class CourseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @Embedded
    private DateRange period;

    @Column(name = "seat_capacity", nullable = false)
    private int seatCapacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "teaching_language", nullable = false, length = 2)
    private Language teachingLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status;

    /** When the session meets each week; empty until staff give it (or the timetabling proposes one). */
    @ElementCollection
    @CollectionTable(name = "session_weekly_slot", joinColumns = @JoinColumn(name = "session_id"))
    private Set<WeeklySlot> weeklyPattern = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "session_trainer", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "trainer_id"))
    private Set<Trainer> trainers = new HashSet<>();

    /** The day it was cancelled (the database sets it when none is given, V17), and why (V50). */
    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancellation_reason", length = SessionEvent.REASON_LENGTH)
    private String cancellationReason;

    /** The day a session was closed before its last day ({@code null}: not closed early). */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<SessionEvent> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected CourseSession() {
        // for JPA
    }

    /** A new session, in status {@link SessionStatus#PLANNED}; {@code room} may be null (not placed yet). */
    public CourseSession(Course course, Centre centre, Room room, DateRange period, int seatCapacity,
                         Language teachingLanguage) {
        if (course == null) {
            throw new BusinessRuleException("session.course.required", "course");
        }
        if (centre == null) {
            throw new BusinessRuleException("session.centre.required", "centre");
        }
        if (period == null) {
            throw new BusinessRuleException("period.start.required", "startDate");
        }
        DateWindow.requireSessionLength(period);
        if (teachingLanguage == null) {
            throw new BusinessRuleException("session.language.required", "teachingLanguage");
        }
        this.course = course;
        this.centre = centre;
        this.period = period;
        this.teachingLanguage = teachingLanguage;
        this.status = SessionStatus.PLANNED;
        this.createdAt = OffsetDateTime.now(Clocks.system().withZone(ZoneOffset.UTC));
        changeSeats(seatCapacity, room);
    }

    /** Places the session in a room (or takes it out with {@code null}); the seats must fit. */
    public void placeIn(Room newRoom) {
        changeSeats(seatCapacity, newRoom);
    }

    public void changeSeatCapacity(int seats) {
        changeSeats(seats, room);
    }

    private void changeSeats(int seats, Room newRoom) {
        if (seats <= 0) {
            throw new BusinessRuleException("session.capacity.notPositive", "seatCapacity", seats);
        }
        if (newRoom != null) {
            if (!newRoom.centre().equals(centre)) {
                throw new BusinessRuleException("session.room.otherCentre", "room", newRoom.code(), centre.code());
            }
            if (seats > newRoom.seatCapacity()) {
                throw new BusinessRuleException("session.capacity.aboveRoom", "seatCapacity",
                        seats, newRoom.code(), newRoom.seatCapacity());
            }
        }
        this.seatCapacity = seats;
        this.room = newRoom;
    }

    public void reschedule(DateRange newPeriod) {
        if (newPeriod == null) {
            throw new BusinessRuleException("period.start.required", "startDate");
        }
        DateWindow.requireSessionLength(newPeriod);
        this.period = newPeriod;
    }

    /** Replaces the weekly pattern; two slots of one pattern may not overlap. */
    public void changeWeeklyPattern(Collection<WeeklySlot> slots) {
        DateWindow.requireSessionLength(period);
        List<WeeklySlot> sorted = new ArrayList<>(new TreeSet<>(slots));
        // sorted by day and start: if any two slots overlap, two neighbours do
        for (int i = 0; i + 1 < sorted.size(); i++) {
            if (sorted.get(i).overlaps(sorted.get(i + 1))) {
                WeeklySlot first = sorted.get(i);
                WeeklySlot second = sorted.get(i + 1);
                // the weekdays as enums, so that each language names them its own way
                throw new BusinessRuleException("session.pattern.overlapping", "weeklyPattern",
                        first.day(), first.start().toString(), first.end().toString(),
                        second.day(), second.start().toString(), second.end().toString());
            }
        }
        weeklyPattern.clear();
        weeklyPattern.addAll(sorted);
    }

    /** The weekly pattern, in week order. */
    public List<WeeklySlot> weeklyPattern() {
        return List.copyOf(new TreeSet<>(weeklyPattern));
    }

    /** Replaces the trainers who teach the session. */
    public void assignTrainers(Collection<Trainer> assigned) {
        trainers.clear();
        trainers.addAll(assigned);
    }

    public Set<Trainer> trainers() {
        return Set.copyOf(trainers);
    }

    /**
     * Moves the status along {@link SessionStatus#next()} without recording it: for tests and fixtures that build a
     * session in a given status. The application moves sessions through the lifecycle's methods below.
     */
    public void moveTo(SessionStatus next) {
        if (!status.next().contains(next)) {
            throw new ClashException("session.status.transition", "status", status, next);
        }
        this.status = next;
        if (next == SessionStatus.CANCELLED && cancelledOn == null) {
            this.cancelledOn = LocalDate.now(Clocks.system());
        }
    }

    /**
     * Staff open the session for enrolment. Only a planned session opens, and only when it has what a session must
     * have: a room, at least one scheduled meeting, a trainer, and a period not over yet.
     *
     * @param scheduledMeetings how many of its meetings are scheduled (the session does not hold its meetings)
     */
    public void open(int scheduledMeetings, SessionChange change) {
        requireFrom(SessionStatus.OPEN, SessionStatus.PLANNED);
        if (room == null) {
            throw new ClashException("session.open.roomRequired", "room");
        }
        if (trainers.isEmpty()) {
            throw new ClashException("session.open.trainerRequired", "trainers");
        }
        if (scheduledMeetings <= 0) {
            throw new ClashException("session.open.meetingRequired", "weeklyPattern");
        }
        if (change.today().isAfter(period.end())) {
            throw new ClashException("session.open.over", "status", period.end());
        }
        record(SessionEventKind.OPENED, SessionStatus.OPEN, null, change);
    }

    /**
     * Brings the status in line with the calendar on the change's day: a session not closed nor cancelled runs from
     * its first day and is closed after its last. Idempotent: a second call on the same day changes nothing.
     *
     * @return whether the status changed
     */
    public boolean followCalendar(SessionChange change) {
        SessionStatus due = dueOn(change.today());
        if (due == status) {
            return false;
        }
        record(due == SessionStatus.CLOSED ? SessionEventKind.CLOSED : SessionEventKind.STARTED, due, null, change);
        return true;
    }

    /** The status the calendar gives this session on a day (its own when closed or cancelled). */
    public SessionStatus dueOn(LocalDate today) {
        return status.dueOn(period.start(), period.end(), today);
    }

    /** Staff close a running session before its last day (the calendar closes it after its last day by itself). */
    public void closeEarly(SessionChange change) {
        closeEarly(change, null, false);
    }

    /**
     * The same, the session closed on a past day ({@code on}; {@code null}: the change's day), not before its first
     * day nor after the change's; {@code backdated}: recorded beyond the back-dating window (checked by the caller).
     */
    public void closeEarly(SessionChange change, LocalDate on, boolean backdated) {
        requireFrom(SessionStatus.CLOSED, SessionStatus.RUNNING);
        LocalDate day = on == null ? change.today() : on;
        if (day.isAfter(change.today())) {
            throw new BusinessRuleException("enrolment.step.future", "date", day);
        }
        if (day.isBefore(period.start())) {
            throw new BusinessRuleException("session.closing.beforeStart", "date", day, period.start());
        }
        this.closedOn = day;
        history.add(new SessionEvent(this, SessionEventKind.CLOSED_EARLY, status, SessionStatus.CLOSED, change.at(),
                change.actor(), change.reason(), on, backdated));
        this.status = SessionStatus.CLOSED;
    }

    /** The day the session was closed before its last day, or {@code null}. */
    public LocalDate closedOn() {
        return closedOn;
    }

    /**
     * Staff cancel a planned, open or running session, with a reason; the day is the change's. What follows
     * (meetings, seats, enrolments) is the use case's work.
     */
    public void cancel(SessionChange change) {
        cancel(change, null);
    }

    /**
     * The same, the session cancelled on a past day ({@code null}: the change's day): a day after the change's is
     * refused; one on or before the first day means the session never ran (the counting rules).
     */
    public void cancel(SessionChange change, LocalDate on) {
        cancel(change, on, false);
    }

    /** The same, marked back-dated when recorded beyond the back-dating window (checked by the caller). */
    public void cancel(SessionChange change, LocalDate on, boolean backdated) {
        requireFrom(SessionStatus.CANCELLED, SessionStatus.PLANNED, SessionStatus.OPEN, SessionStatus.RUNNING);
        change.requireReason();
        if (on != null && on.isAfter(change.today())) {
            throw new BusinessRuleException("enrolment.step.future", "date", on);
        }
        this.cancelledOn = on == null ? change.today() : on;
        this.cancellationReason = change.reason();
        history.add(new SessionEvent(this, SessionEventKind.CANCELLED, status, SessionStatus.CANCELLED, change.at(),
                change.actor(), change.reason(), on, backdated));
        this.status = SessionStatus.CANCELLED;
    }

    /**
     * An administrator corrects the status of a closed or cancelled session (e.g. cancelled by mistake), with the
     * reason; the caller has checked that they are one.
     */
    public void correct(SessionStatus to, SessionChange change) {
        if (!status.isFinal()) {
            throw new ClashException("session.correction.notFrozen", "status", status);
        }
        if (to == null || to == status) {
            throw new ClashException("session.status.transition", "status", status, to);
        }
        change.requireReason();
        if (to != SessionStatus.CANCELLED) {
            this.cancelledOn = null;
            this.cancellationReason = null;
        } else {
            this.cancelledOn = change.today();
            this.cancellationReason = change.reason();
        }
        history.add(new SessionEvent(this, SessionEventKind.CORRECTED, status, to, null, change.at(), change.actor(),
                change.reason()));
        this.status = to;
    }

    /**
     * A closed or cancelled session is frozen: its times, trainers, room and seats change only by an
     * administrator's correction.
     */
    public void requireChangeable(boolean administrator) {
        if (status.isFinal() && !administrator) {
            throw new ClashException("session.frozen", null, course.code(), status);
        }
    }

    /** Records an administrator's change to a meeting of a past day, with the reason (required). */
    public void recordPastMeetingChange(SessionEventKind kind, long meetingId, SessionChange change) {
        change.requireReason();
        history.add(new SessionEvent(this, kind, null, null, meetingId, change.at(), change.actor(), change.reason()));
    }

    /** The steps staff could take now (opening, closing early, cancelling), whatever the session still lacks. */
    public Set<SessionStatus> staffSteps() {
        return switch (status) {
            case PLANNED -> EnumSet.of(SessionStatus.OPEN, SessionStatus.CANCELLED);
            case OPEN -> EnumSet.of(SessionStatus.CANCELLED);
            case RUNNING -> EnumSet.of(SessionStatus.CLOSED, SessionStatus.CANCELLED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(SessionStatus.class);
        };
    }

    private void requireFrom(SessionStatus next, SessionStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw new ClashException("session.status.transition", "status", status, next);
        }
    }

    /** Records a step its caller has checked (a staff step by {@link #requireFrom}, the calendar's by its dates). */
    private void record(SessionEventKind kind, SessionStatus next, Long meetingId, SessionChange change) {
        history.add(new SessionEvent(this, kind, status, next, meetingId, change.at(), change.actor(),
                change.reason()));
        this.status = next;
    }

    /** The history, oldest first. */
    public List<SessionEvent> history() {
        return List.copyOf(history);
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Long id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public Centre centre() {
        return centre;
    }

    public Room room() {
        return room;
    }

    public DateRange period() {
        return period;
    }

    public int seatCapacity() {
        return seatCapacity;
    }

    public Language teachingLanguage() {
        return teachingLanguage;
    }

    public SessionStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseSession that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return CourseSession.class.hashCode();
    }

    @Override
    public String toString() {
        return "CourseSession " + id;
    }
}
