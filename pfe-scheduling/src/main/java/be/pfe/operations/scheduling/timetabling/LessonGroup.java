package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The group of learners of one course session, with the room and the trainer the solver chooses for all its
 * weekly {@linkplain Lesson lessons}: the application books one room and one trainer per session, so they are the
 * group's choice, not each lesson's. Each lesson only chooses its slot and follows its group's room and trainer.
 * <p>
 * What the group needs (seats, room type, equipment, a trainer qualified for the course, the session's centre)
 * is fixed. Staff can {@linkplain #pin() pin} a group whose room and trainer they chose by hand: the solver then
 * never changes them (pin its lessons too to keep their slots).
 */
@PlanningEntity(comparatorClass = GroupDifficulty.class)
public class LessonGroup {

    static final String ROOM = "room";
    static final String TRAINER = "trainer";
    private static final String CANDIDATE_ROOMS = "candidateRooms";
    private static final String CANDIDATE_TRAINERS = "candidateTrainers";

    @PlanningId
    private String sessionId;
    private String courseCode;
    private String centreCode;
    private int requiredSeats;
    private String requiredRoomType;
    private Set<String> requiredEquipment;
    private List<Lesson> lessons = new ArrayList<>();

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = CANDIDATE_ROOMS)
    private RoomResource room;
    @PlanningVariable(valueRangeProviderRefs = CANDIDATE_TRAINERS)
    private TimetableTrainer trainer;

    // Only the rooms and trainers that meet the group's needs (see Timetable): with every room and trainer of the
    // four centres the search would spend most of its time on moves the hard rules refuse.
    @ValueRangeProvider(id = CANDIDATE_ROOMS)
    private List<RoomResource> candidateRooms = List.of();
    @ValueRangeProvider(id = CANDIDATE_TRAINERS)
    private List<TimetableTrainer> candidateTrainers = List.of();

    @SuppressWarnings("unused")
    private LessonGroup() {
        // for the solver's cloning
    }

    public LessonGroup(String sessionId, String courseCode, String centreCode, int requiredSeats,
                       String requiredRoomType, Set<String> requiredEquipment) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.courseCode = Objects.requireNonNull(courseCode, "courseCode");
        this.centreCode = Objects.requireNonNull(centreCode, "centreCode");
        if (requiredSeats <= 0) {
            throw new IllegalArgumentException("A group has at least one learner: " + sessionId + " has " + requiredSeats);
        }
        this.requiredSeats = requiredSeats;
        this.requiredRoomType = requiredRoomType; // null: any type of room will do
        this.requiredEquipment = Set.copyOf(requiredEquipment);
    }

    /** A new weekly lesson of this group, not placed yet, in the group's room with its trainer once they are chosen. */
    public Lesson newLesson(String lessonId) {
        Lesson lesson = new Lesson(lessonId, this);
        lessons.add(lesson);
        return lesson;
    }

    /**
     * Gives the group a room and a trainer, e.g. from the current timetable or by hand, for all its lessons;
     * {@code null} leaves the choice to the solver.
     */
    public LessonGroup assign(RoomResource room, TimetableTrainer trainer) {
        this.room = room;
        this.trainer = trainer;
        lessons.forEach(Lesson::followGroup);
        return this;
    }

    /** Sets the room alone, as the solver does: the lessons follow through the solver's shadow variables. */
    void setRoom(RoomResource room) {
        this.room = room;
    }

    /** Sets the trainer alone, as the solver does: the lessons follow through the solver's shadow variables. */
    void setTrainer(TimetableTrainer trainer) {
        this.trainer = trainer;
    }

    /** Leaves room and trainer to the solver. */
    public LessonGroup unassign() {
        return assign(null, null);
    }

    /** Fixes the group's room and trainer: staff chose them by hand and the solver must not change them. */
    public LessonGroup pin() {
        this.pinned = true;
        return this;
    }

    /** Lets the solver change the group's room and trainer again. */
    public LessonGroup unpin() {
        this.pinned = false;
        return this;
    }

    /**
     * A copy of the group and of all its lessons, with the same needs and pins, placed where they are now, and
     * with that placement as each lesson's original: the starting point of a re-planning.
     */
    public LessonGroup copyForReplanning() {
        LessonGroup copy = new LessonGroup(sessionId, courseCode, centreCode, requiredSeats, requiredRoomType,
                requiredEquipment);
        copy.pinned = pinned;
        copy.assign(room, trainer);
        for (Lesson lesson : lessons) {
            lesson.copyInto(copy);
        }
        return copy;
    }

    /**
     * Sets what the solver may choose from (see {@link Timetable}). The group's current room and trainer are
     * always among the candidates, even when they break a rule: the solver refuses to score a timetable with
     * values outside their ranges, and a timetable placed by hand must always be scored and explained.
     */
    void offer(List<RoomResource> rooms, List<TimetableTrainer> trainers) {
        this.candidateRooms = Lesson.withCurrent(rooms, room);
        this.candidateTrainers = Lesson.withCurrent(trainers, trainer);
    }

    /** True when the room is in the session's centre, seats the group and is of the right type and equipment. */
    public boolean canUse(RoomResource candidate) {
        return candidate.centreCode().equals(centreCode) && candidate.seats() >= requiredSeats
                && candidate.suits(requiredRoomType, requiredEquipment);
    }

    /** True when the trainer works at the session's centre and is qualified for its course. */
    public boolean canBeTaughtBy(TimetableTrainer candidate) {
        return candidate.worksAt(centreCode) && candidate.isQualifiedFor(courseCode);
    }

    /** The course session; it also identifies the group of learners. */
    public String getSessionId() {
        return sessionId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getCentreCode() {
        return centreCode;
    }

    public int getRequiredSeats() {
        return requiredSeats;
    }

    public String getRequiredRoomType() {
        return requiredRoomType;
    }

    public Set<String> getRequiredEquipment() {
        return requiredEquipment;
    }

    /** The group's weekly lessons, in the order they were added. */
    public List<Lesson> getLessons() {
        return Collections.unmodifiableList(lessons);
    }

    /** How many lessons the group has a week. */
    public int size() {
        return lessons.size();
    }

    public boolean isPinned() {
        return pinned;
    }

    public RoomResource getRoom() {
        return room;
    }

    public TimetableTrainer getTrainer() {
        return trainer;
    }

    public List<RoomResource> getCandidateRooms() {
        return candidateRooms;
    }

    public List<TimetableTrainer> getCandidateTrainers() {
        return candidateTrainers;
    }

    @Override
    public String toString() {
        return sessionId + " " + room + " " + trainer;
    }
}
