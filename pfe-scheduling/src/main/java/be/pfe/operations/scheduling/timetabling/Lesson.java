package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One weekly meeting of a course session that the solver places: it chooses the lesson's slot, while the room
 * and the trainer are those of its {@linkplain LessonGroup group} (the application books one room and one trainer
 * per session). The lesson's room and trainer are shadow variables that follow the group's, so that the rules
 * can read them on the lesson and the score stays right when the group changes room or trainer; a group split
 * over rooms or trainers cannot even be expressed.
 * <p>
 * A lesson can carry its {@linkplain #original() original placement} from the timetable people already follow;
 * the solver then pays for every part it moves away from it. Staff can {@linkplain #pin() pin} a lesson they
 * placed by hand: the solver never moves it to another slot (pin its group to keep the room and trainer too).
 */
@PlanningEntity(comparatorClass = LessonDifficulty.class)
public class Lesson {

    static final String SLOT = "slot";
    static final String ROOM = "room";
    static final String TRAINER = "trainer";
    private static final String CANDIDATE_SLOTS = "candidateSlots";

    @PlanningId
    private String id;
    private LessonGroup group;
    private LessonPlacement original;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = CANDIDATE_SLOTS)
    private TimetableSlot slot;

    // shadow variables: the group's room and trainer (see GroupFollower)
    @SuppressWarnings("removal")
    @ShadowVariable(variableListenerClass = GroupFollower.class, sourceEntityClass = LessonGroup.class,
            sourceVariableName = LessonGroup.ROOM)
    private RoomResource room;
    @SuppressWarnings("removal")
    @ShadowVariable(variableListenerClass = GroupFollower.class, sourceEntityClass = LessonGroup.class,
            sourceVariableName = LessonGroup.TRAINER)
    private TimetableTrainer trainer;

    // the slots of the week, set by the Timetable
    @ValueRangeProvider(id = CANDIDATE_SLOTS)
    private List<TimetableSlot> candidateSlots = List.of();

    @SuppressWarnings("unused")
    private Lesson() {
        // for the solver's cloning
    }

    /** See {@link LessonGroup#newLesson(String)}. */
    Lesson(String id, LessonGroup group) {
        this.id = Objects.requireNonNull(id, "id");
        this.group = Objects.requireNonNull(group, "group");
        followGroup();
    }


    /** Takes the group's room and trainer; the solver does the same on every change of the group. */
    void followGroup() {
        followRoom();
        followTrainer();
    }

    void followRoom() {
        this.room = group.getRoom();
    }

    void followTrainer() {
        this.trainer = group.getTrainer();
    }

    /** Places the lesson in a slot ({@code null}: left to the solver). */
    public Lesson placeAt(TimetableSlot slot) {
        this.slot = slot;
        return this;
    }

    /**
     * Places the lesson in a slot, and its whole group in the room with the trainer (see
     * {@link LessonGroup#assign}): the shorthand for a group of one lesson, or for placing a session by hand.
     */
    public Lesson assign(TimetableSlot slot, RoomResource room, TimetableTrainer trainer) {
        group.assign(room, trainer);
        return placeAt(slot);
    }

    /** Records where the lesson is in the timetable people follow, so that re-planning keeps it there if it can. */
    public Lesson rememberOriginal(LessonPlacement original) {
        this.original = original;
        return this;
    }

    /** Fixes the lesson in its slot: staff placed it by hand and the solver must not move it. */
    public Lesson pin() {
        this.pinned = true;
        return this;
    }

    /** Lets the solver move the lesson again. */
    public Lesson unpin() {
        this.pinned = false;
        return this;
    }

    /** Adds to the group a copy of this lesson for re-planning (see {@link LessonGroup#copyForReplanning()}). */
    void copyInto(LessonGroup copyOfGroup) {
        Lesson copy = copyOfGroup.newLesson(id);
        copy.pinned = pinned;
        copy.original = currentPlacement();
        copy.placeAt(slot);
    }

    /** Where the lesson is now (parts may be {@code null} when it is not placed yet). */
    public LessonPlacement currentPlacement() {
        return new LessonPlacement(slot, room, trainer);
    }

    /**
     * Sets the slots the solver may choose from (see {@link Timetable}). The lesson's current slot is always
     * among them, even outside the term's grid: a timetable placed by hand must always be scored and explained.
     */
    void offer(List<TimetableSlot> slots) {
        this.candidateSlots = withCurrent(slots, slot);
    }

    static <T> List<T> withCurrent(List<T> offered, T current) {
        if (current == null || offered.contains(current)) {
            return List.copyOf(offered);
        }
        List<T> withCurrent = new ArrayList<>(offered);
        withCurrent.add(current);
        return List.copyOf(withCurrent);
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

    public LessonGroup getGroup() {
        return group;
    }

    /** The course session this lesson belongs to; it also identifies the group of learners. */
    public String getSessionId() {
        return group.getSessionId();
    }

    public String getCourseCode() {
        return group.getCourseCode();
    }

    public String getCentreCode() {
        return group.getCentreCode();
    }

    public int getRequiredSeats() {
        return group.getRequiredSeats();
    }

    public String getRequiredRoomType() {
        return group.getRequiredRoomType();
    }

    public Set<String> getRequiredEquipment() {
        return group.getRequiredEquipment();
    }

    public LessonPlacement original() {
        return original;
    }

    public boolean isPinned() {
        return pinned;
    }

    public TimetableSlot getSlot() {
        return slot;
    }

    /** The group's room (a shadow of {@link LessonGroup#getRoom()}). */
    public RoomResource getRoom() {
        return room;
    }

    /** The group's trainer (a shadow of {@link LessonGroup#getTrainer()}). */
    public TimetableTrainer getTrainer() {
        return trainer;
    }

    public List<TimetableSlot> getCandidateSlots() {
        return candidateSlots;
    }

    boolean hasRoom() {
        return slot != null && room != null;
    }

    boolean hasTrainer() {
        return slot != null && trainer != null;
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
        return id + " (" + getSessionId() + ") " + slot + " " + room + " " + trainer;
    }
}
