package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The weekly timetable of a term: the slots of the week, the rooms and trainers of the four centres, and the
 * lessons to place among them, with their groups (one per session, which chooses the room and the trainer of all
 * its lessons). It is both the problem handed to the solver and, once solved, its answer.
 * <p>
 * The score has three levels, compared in order:
 * <ul>
 *     <li><b>hard</b>: rules a timetable cannot break (a room or a trainer in two places at once, a room that
 *     does not fit...); a timetable with a hard penalty cannot be used;</li>
 *     <li><b>medium</b>: disruption, every part of a lesson moved away from the timetable people already follow.
 *     It sits above the preferences on purpose: when a trainer falls ill, learners and trainers would rather
 *     keep their week than gain a preferred slot, so no amount of comfort may buy a move;</li>
 *     <li><b>soft</b>: preferences (trainers' preferred slots, no isolated lessons, rooms
 *     used evenly).</li>
 * </ul>
 * A first planning has no originals, so its medium level stays at zero.
 * <p>
 * Building a timetable offers each lesson the slots of the week, and each group the rooms and trainers that meet
 * its needs, so place lessons and groups (from the current timetable, or by hand) before building it. A group
 * that no room (or no trainer) suits is offered them all instead, so that it is still placed and the remaining
 * violation shows up in the explanation, rather than the group silently staying unplaced. A lesson's current
 * slot and a group's current room and trainer are always offered too, so that a timetable made by hand can be
 * scored whatever it holds.
 */
@PlanningSolution
public class Timetable {

    @ProblemFactCollectionProperty
    private List<TimetableSlot> slots;
    @ProblemFactCollectionProperty
    private List<RoomResource> rooms;
    @ProblemFactCollectionProperty
    private List<TimetableTrainer> trainers;
    @PlanningEntityCollectionProperty
    private List<LessonGroup> groups;
    @PlanningEntityCollectionProperty
    private List<Lesson> lessons;

    @PlanningScore
    private HardMediumSoftScore score;

    @SuppressWarnings("unused")
    private Timetable() {
        // for the solver's cloning
    }

    /**
     * A timetable of the given lessons; their groups come with them, and every lesson of a group must be among
     * the lessons (a group's room holds all its lessons, so leaving one out would misjudge the room's load).
     */
    public Timetable(List<TimetableSlot> slots, List<RoomResource> rooms, List<TimetableTrainer> trainers,
                     List<Lesson> lessons) {
        this.slots = List.copyOf(slots);
        this.rooms = List.copyOf(rooms);
        this.trainers = List.copyOf(trainers);
        this.lessons = List.copyOf(lessons);
        this.groups = List.copyOf(new LinkedHashSet<>(this.lessons.stream().map(Lesson::getGroup).toList()));
        int lessonsOfGroups = groups.stream().mapToInt(LessonGroup::size).sum();
        if (lessonsOfGroups != this.lessons.size() || new LinkedHashSet<>(this.lessons).size() != this.lessons.size()) {
            throw new IllegalArgumentException("Every lesson of a group must be in the timetable, once");
        }
        for (LessonGroup group : groups) {
            group.offer(suitableRooms(group), suitableTrainers(group));
        }
        for (Lesson lesson : this.lessons) {
            lesson.offer(this.slots);
        }
    }

    private List<RoomResource> suitableRooms(LessonGroup group) {
        List<RoomResource> suitable = rooms.stream().filter(group::canUse).toList();
        return suitable.isEmpty() ? rooms : suitable;
    }

    private List<TimetableTrainer> suitableTrainers(LessonGroup group) {
        List<TimetableTrainer> suitable = trainers.stream().filter(group::canBeTaughtBy).toList();
        return suitable.isEmpty() ? trainers : suitable;
    }

    public List<TimetableSlot> getSlots() {
        return slots;
    }

    public List<RoomResource> getRooms() {
        return rooms;
    }

    public List<TimetableTrainer> getTrainers() {
        return trainers;
    }

    /** The groups of the lessons, one per session, in the order of their first lesson. */
    public List<LessonGroup> getGroups() {
        return groups;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }

    /** The score of the last solving or explanation; {@code null} before either. */
    public HardMediumSoftScore getScore() {
        return score;
    }

    /** True when every lesson has a slot, a room and a trainer. */
    public boolean isFullyPlaced() {
        return lessons.stream().allMatch(Lesson::isPlaced);
    }
}
