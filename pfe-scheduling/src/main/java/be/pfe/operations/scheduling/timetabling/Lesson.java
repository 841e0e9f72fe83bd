package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One weekly meeting of a course session that the solver places: it chooses the slot, the room and the trainer.
 * <p>
 * The lessons of one session are taught to one group of learners, so the session id is the group: a group
 * cannot be in two places at once and is better off in one room. What the lesson needs (seats, room type,
 * equipment, a trainer qualified for the course, the session's centre) is fixed; the three planning variables
 * are what the solver changes.
 * <p>
 * A lesson can carry its {@linkplain #original() original placement} from the timetable people already follow;
 * the solver then pays for every part it moves away from it. Staff can {@linkplain #isPinned() pin} a lesson
 * they placed by hand: the solver never moves it.
 */
@PlanningEntity(comparatorClass = LessonDifficulty.class)
public class Lesson {

    private static final String CANDIDATE_SLOTS = "candidateSlots";
    private static final String CANDIDATE_ROOMS = "candidateRooms";
    private static final String CANDIDATE_TRAINERS = "candidateTrainers";

    @PlanningId
    private String id;
    private String sessionId;
    private String courseCode;
    private String centreCode;
    private int requiredSeats;
    private String requiredRoomType;
    private Set<String> requiredEquipment;
    private Placement original;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = CANDIDATE_SLOTS)
    private WeeklySlot slot;
    @PlanningVariable(valueRangeProviderRefs = CANDIDATE_ROOMS)
    private RoomResource room;
    @PlanningVariable(valueRangeProviderRefs = CANDIDATE_TRAINERS)
    private TrainerResource trainer;

    // What the solver may choose from for this lesson, set by the Timetable. Only the rooms and trainers that
    // meet the lesson's needs: with every room and trainer of the four centres the search would spend most of
    // its time on moves the hard rules refuse.
    @ValueRangeProvider(id = CANDIDATE_SLOTS)
    private List<WeeklySlot> candidateSlots = List.of();
    @ValueRangeProvider(id = CANDIDATE_ROOMS)
    private List<RoomResource> candidateRooms = List.of();
    @ValueRangeProvider(id = CANDIDATE_TRAINERS)
    private List<TrainerResource> candidateTrainers = List.of();

    @SuppressWarnings("unused")
    private Lesson() {
        // for the solver's cloning
    }

    public Lesson(String id, String sessionId, String courseCode, String centreCode, int requiredSeats,
                  String requiredRoomType, Set<String> requiredEquipment) {
        this.id = Objects.requireNonNull(id, "id");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.courseCode = Objects.requireNonNull(courseCode, "courseCode");
        this.centreCode = Objects.requireNonNull(centreCode, "centreCode");
        if (requiredSeats <= 0) {
            throw new IllegalArgumentException("A lesson is for at least one learner: " + id + " asks " + requiredSeats);
        }
        this.requiredSeats = requiredSeats;
        this.requiredRoomType = requiredRoomType; // null: any type of room will do
        this.requiredEquipment = Set.copyOf(requiredEquipment);
    }

    /** Places the lesson, e.g. from the current timetable or by hand; {@code null} parts are left to the solver. */
    public Lesson assign(WeeklySlot slot, RoomResource room, TrainerResource trainer) {
        this.slot = slot;
        this.room = room;
        this.trainer = trainer;
        return this;
    }

    /** Leaves slot, room and trainer to the solver. */
    public Lesson unassign() {
        return assign(null, null, null);
    }

    /** Records where the lesson is in the timetable people follow, so that re-planning keeps it there if it can. */
    public Lesson rememberOriginal(Placement original) {
        this.original = original;
        return this;
    }

    /** Fixes the lesson where it is: staff placed it by hand and the solver must not move it. */
    public Lesson pin() {
        this.pinned = true;
        return this;
    }

    /** Lets the solver move the lesson again. */
    public Lesson unpin() {
        this.pinned = false;
        return this;
    }

    /**
     * A copy with the same needs and pin, placed where this lesson is now, and with that placement as its
     * original: the starting point of a re-planning.
     */
    public Lesson copyForReplanning() {
        Lesson copy = new Lesson(id, sessionId, courseCode, centreCode, requiredSeats, requiredRoomType,
                requiredEquipment);
        copy.pinned = pinned;
        copy.original = currentPlacement();
        return copy.assign(slot, room, trainer);
    }

    /** Where the lesson is now (parts may be {@code null} when it is not placed yet). */
    public Placement currentPlacement() {
        return new Placement(slot, room, trainer);
    }

    /**
     * Sets what the solver may choose from (see {@link Timetable}). The lesson's current slot, room and trainer
     * are always among the candidates, even when they break a rule or lie outside the term's grid: the solver
     * refuses to score a timetable with values outside their ranges, and a timetable placed by hand must
     * always be scored and explained.
     */
    void offer(List<WeeklySlot> slots, List<RoomResource> rooms, List<TrainerResource> trainers) {
        this.candidateSlots = withCurrent(slots, slot);
        this.candidateRooms = withCurrent(rooms, room);
        this.candidateTrainers = withCurrent(trainers, trainer);
    }

    private static <T> List<T> withCurrent(List<T> offered, T current) {
        if (current == null || offered.contains(current)) {
            return List.copyOf(offered);
        }
        List<T> withCurrent = new ArrayList<>(offered);
        withCurrent.add(current);
        return List.copyOf(withCurrent);
    }

    /** True when the room is in the session's centre, seats the group and is of the right type and equipment. */
    public boolean canUse(RoomResource candidate) {
        return candidate.centreCode().equals(centreCode) && candidate.seats() >= requiredSeats
                && candidate.suits(requiredRoomType, requiredEquipment);
    }

    /** True when the trainer works at the session's centre and is qualified for its course. */
    public boolean canBeTaughtBy(TrainerResource candidate) {
        return candidate.worksAt(centreCode) && candidate.isQualifiedFor(courseCode);
    }

    /** How many of slot, room and trainer differ from the original placement; 0 without an original. */
    public int movedParts() {
        return original == null ? 0 : original.changedParts(slot, room, trainer);
    }

    public boolean isPlaced() {
        return slot != null && room != null && trainer != null;
    }

    public String getId() {
        return id;
    }

    /** The course session this lesson belongs to; it also identifies the group of learners. */
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

    public Placement original() {
        return original;
    }

    public boolean isPinned() {
        return pinned;
    }

    public WeeklySlot getSlot() {
        return slot;
    }

    public RoomResource getRoom() {
        return room;
    }

    public TrainerResource getTrainer() {
        return trainer;
    }

    public List<WeeklySlot> getCandidateSlots() {
        return candidateSlots;
    }

    public List<RoomResource> getCandidateRooms() {
        return candidateRooms;
    }

    public List<TrainerResource> getCandidateTrainers() {
        return candidateTrainers;
    }

    DayOfWeek day() {
        return slot.day();
    }

    LocalTime start() {
        return slot.start();
    }

    LocalTime end() {
        return slot.end();
    }

    @Override
    public String toString() {
        return id + " (" + sessionId + ") " + slot + " " + room + " " + trainer;
    }
}
