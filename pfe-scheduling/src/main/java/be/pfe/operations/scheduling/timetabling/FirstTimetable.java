package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Builds the first timetable, group by group, hardest first: for each group it tries every candidate room and
 * trainer, gives the group's lessons the best slots for that pair, and keeps the pair and slots that break the
 * fewest rules, then disrupt the least, then cost the least in preferences and room load.
 * <p>
 * Why a phase of its own rather than the solver's construction heuristics: those choose one variable of one
 * entity at a time, and a group's trainer and its lessons' slots depend on each other (the trainer must be
 * available and free at every slot). Choosing the trainer before the slots, or the slots before the trainer,
 * leaves the search with some two hundred conflicts to undo; choosing them together leaves it a handful. The
 * bookkeeping here is plain counting, so the whole term takes a fraction of a second; what it leaves over, the
 * local search settles with the real rules. Only what is not set yet is chosen: a pinned or already placed
 * group or lesson stays as it is (e.g. a re-planning's rooms and slots), and counts as taken.
 */
final class FirstTimetable implements PhaseCommand<Timetable> {

    private static final long HARD = 1_000_000L;
    private static final long MEDIUM = 1_000L;

    /** Who holds which slots so far: rooms, trainers and groups alike; one per solving, as solvers share this phase. */
    private final Map<Object, List<TimetableSlot>> taken;

    FirstTimetable() {
        this(null);
    }

    private FirstTimetable(Map<Object, List<TimetableSlot>> taken) {
        this.taken = taken;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Timetable> director, BooleanSupplier isPhaseTerminated) {
        new FirstTimetable(new HashMap<>()).build(director, isPhaseTerminated);
    }

    private void build(ScoreDirector<Timetable> director, BooleanSupplier isPhaseTerminated) {
        Timetable timetable = director.getWorkingSolution();
        Map<RoomResource, Integer> roomLoad = new HashMap<>();
        for (Lesson lesson : timetable.getLessons()) {
            if (lesson.getRoom() != null) {
                roomLoad.merge(lesson.getRoom(), 1, Integer::sum);
            }
            if (lesson.getSlot() != null) {
                take(lesson.getRoom(), lesson.getSlot());
                take(lesson.getTrainer(), lesson.getSlot());
                take(lesson.getGroup(), lesson.getSlot());
            }
        }
        List<LessonGroup> open = timetable.getGroups().stream()
                .filter(FirstTimetable::isOpen)
                .sorted(GroupDifficulty.EASIEST_FIRST.reversed())
                .toList();
        for (LessonGroup group : open) {
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            boolean newRoom = group.getRoom() == null;
            apply(director, group, bestChoice(group, timetable.getSlots(), roomLoad));
            if (newRoom) {
                roomLoad.merge(group.getRoom(), group.size(), Integer::sum);
            }
        }
    }

    /** A group with something left to choose; a pinned group's room and trainer are never changed. */
    private static boolean isOpen(LessonGroup group) {
        return !group.isPinned() && (group.getRoom() == null || group.getTrainer() == null)
                || group.getLessons().stream().anyMatch(lesson -> !lesson.isPinned() && lesson.getSlot() == null);
    }

    private record Choice(RoomResource room, TimetableTrainer trainer, Map<Lesson, TimetableSlot> slots, long cost) {
    }

    private Choice bestChoice(LessonGroup group, List<TimetableSlot> slots, Map<RoomResource, Integer> roomLoad) {
        List<RoomResource> rooms = group.getRoom() != null || group.isPinned() ? listOf(group.getRoom())
                : group.getCandidateRooms();
        List<TimetableTrainer> trainers = group.getTrainer() != null || group.isPinned() ? listOf(group.getTrainer())
                : group.getCandidateTrainers();
        Choice best = null;
        for (RoomResource room : rooms) {
            int load = group.getRoom() != null ? 0 : roomLoad.getOrDefault(room, 0);
            // what the room's spread of load costs more with the group's lessons in it
            long spread = (long) group.size() * load + (long) group.size() * (group.size() - 1) / 2;
            for (TimetableTrainer trainer : trainers) {
                Choice choice = slotsFor(group, room, trainer, slots, spread);
                if (best == null || choice.cost() < best.cost()) {
                    best = choice;
                }
            }
        }
        return best;
    }

    private static <T> List<T> listOf(T single) {
        List<T> list = new ArrayList<>();
        list.add(single);
        return list;
    }

    /** The best slots for the group's lessons without one, one lesson after the other, in this room with this trainer. */
    private Choice slotsFor(LessonGroup group, RoomResource room, TimetableTrainer trainer, List<TimetableSlot> slots,
                           long spread) {
        Map<Lesson, TimetableSlot> chosen = new HashMap<>();
        List<TimetableSlot> groupSlots = new ArrayList<>(taken.getOrDefault(group, List.of()));
        long cost = spread;
        for (Lesson lesson : group.getLessons()) {
            if (lesson.getSlot() != null) {
                // placed already: it only counts for what the room and trainer would break there
                cost += cost(lesson, lesson.getSlot(), room, trainer, List.of());
                continue;
            }
            if (lesson.isPinned()) {
                continue;
            }
            TimetableSlot bestSlot = null;
            long bestCost = Long.MAX_VALUE;
            for (TimetableSlot slot : slots) {
                long slotCost = cost(lesson, slot, room, trainer, groupSlots);
                if (slotCost < bestCost) {
                    bestCost = slotCost;
                    bestSlot = slot;
                }
            }
            chosen.put(lesson, bestSlot);
            groupSlots.add(bestSlot);
            cost += bestCost;
        }
        return new Choice(room, trainer, chosen, cost);
    }

    private long cost(Lesson lesson, TimetableSlot slot, RoomResource room, TimetableTrainer trainer,
                      List<TimetableSlot> groupSlots) {
        long hard = overlaps(taken.get(room), slot) + overlaps(taken.get(trainer), slot) + overlaps(groupSlots, slot)
                + (trainer == null || trainer.isAvailableAt(slot) ? 0 : 1)
                + (room == null || room.seats() >= lesson.getRequiredSeats() ? 0 : 1);
        long medium = lesson.original() == null ? 0 : lesson.original().changedParts(slot, room, trainer);
        long soft = (trainer == null || trainer.prefers(slot) ? 0 : 1)
                + (groupSlots.stream().anyMatch(other -> other.followsClosely(slot,
                TimetableConstraints.LONGEST_BREAK_IN_A_DAY)) ? 0 : 1);
        return hard * HARD + medium * MEDIUM + soft;
    }

    private static int overlaps(List<TimetableSlot> slots, TimetableSlot slot) {
        if (slots == null) {
            return 0;
        }
        int overlaps = 0;
        for (TimetableSlot other : slots) {
            if (other.overlaps(slot)) {
                overlaps++;
            }
        }
        return overlaps;
    }

    private void apply(ScoreDirector<Timetable> director, LessonGroup group, Choice choice) {
        boolean newRoom = group.getRoom() == null;
        boolean newTrainer = group.getTrainer() == null;
        if (newRoom) {
            director.beforeVariableChanged(group, LessonGroup.ROOM);
            group.setRoom(choice.room());
            director.afterVariableChanged(group, LessonGroup.ROOM);
        }
        if (newTrainer) {
            director.beforeVariableChanged(group, LessonGroup.TRAINER);
            group.setTrainer(choice.trainer());
            director.afterVariableChanged(group, LessonGroup.TRAINER);
        }
        for (Lesson lesson : group.getLessons()) {
            TimetableSlot slot = choice.slots().get(lesson);
            boolean newSlot = slot != null;
            if (newSlot) {
                director.beforeVariableChanged(lesson, Lesson.SLOT);
                lesson.placeAt(slot);
                director.afterVariableChanged(lesson, Lesson.SLOT);
                take(group, slot);
            }
            if (lesson.getSlot() != null) {
                if (newSlot || newRoom) {
                    take(group.getRoom(), lesson.getSlot());
                }
                if (newSlot || newTrainer) {
                    take(group.getTrainer(), lesson.getSlot());
                }
            }
        }
        director.triggerVariableListeners();
    }

    private void take(Object holder, TimetableSlot slot) {
        if (holder != null) {
            taken.computeIfAbsent(holder, key -> new ArrayList<>()).add(slot);
        }
    }
}
