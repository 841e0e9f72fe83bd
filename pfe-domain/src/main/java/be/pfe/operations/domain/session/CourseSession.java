package be.pfe.operations.domain.session;

import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.shared.BusinessRuleException;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
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
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
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

    public void moveTo(SessionStatus next) {
        if (!status.next().contains(next)) {
            throw new BusinessRuleException("session.status.transition", "status", status, next);
        }
        this.status = next;
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
