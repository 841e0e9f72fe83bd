package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.util.List;

/**
 * The weekly timetable of a term: the slots of the week, the rooms and trainers of the four centres, and the
 * lessons to place among them. It is both the problem handed to the solver and, once solved, its answer.
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
 * Building a timetable offers each lesson the slots of the week and the rooms and trainers that meet its needs,
 * so place lessons (from the current timetable, or by hand) before building it. A lesson that no room (or no
 * trainer) suits is offered them all instead, so that it is still placed and the remaining violation shows up in
 * the explanation, rather than the lesson silently staying unplaced. A lesson's current slot, room and trainer
 * are always offered too, so that a timetable made by hand can be scored whatever it holds.
 */
@PlanningSolution
public class Timetable {

    @ProblemFactCollectionProperty
    private List<WeeklySlot> slots;
    @ProblemFactCollectionProperty
    private List<RoomResource> rooms;
    @ProblemFactCollectionProperty
    private List<TrainerResource> trainers;
    @PlanningEntityCollectionProperty
    private List<Lesson> lessons;

    @PlanningScore
    private HardMediumSoftScore score;

    @SuppressWarnings("unused")
    private Timetable() {
        // for the solver's cloning
    }

    public Timetable(List<WeeklySlot> slots, List<RoomResource> rooms, List<TrainerResource> trainers,
                     List<Lesson> lessons) {
        this.slots = List.copyOf(slots);
        this.rooms = List.copyOf(rooms);
        this.trainers = List.copyOf(trainers);
        this.lessons = List.copyOf(lessons);
        for (Lesson lesson : this.lessons) {
            lesson.offer(this.slots, suitableRooms(lesson), suitableTrainers(lesson));
        }
    }

    private List<RoomResource> suitableRooms(Lesson lesson) {
        List<RoomResource> suitable = rooms.stream().filter(lesson::canUse).toList();
        return suitable.isEmpty() ? rooms : suitable;
    }

    private List<TrainerResource> suitableTrainers(Lesson lesson) {
        List<TrainerResource> suitable = trainers.stream().filter(lesson::canBeTaughtBy).toList();
        return suitable.isEmpty() ? trainers : suitable;
    }

    public List<WeeklySlot> getSlots() {
        return slots;
    }

    public List<RoomResource> getRooms() {
        return rooms;
    }

    public List<TrainerResource> getTrainers() {
        return trainers;
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
