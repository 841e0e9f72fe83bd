package be.pfe.operations.scheduling.timetabling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prepares a timetable people already follow for re-planning after a change, so that the solver moves as few
 * lessons as possible: every lesson remembers its current placement as its original (moving away from it costs
 * medium points), and only what the change affects is left to choose again.
 */
public final class Replanning {

    private Replanning() {
    }

    /**
     * The problem to solve when a trainer can no longer teach this term (falls ill, leaves): the trainer is no
     * longer offered, and the groups they taught are left without a trainer, so that the solver finds each
     * another one, ideally keeping its room and its lessons' slots. Those groups and their lessons are unpinned
     * even if staff had pinned them: a pin on a trainer who is absent cannot be kept, and another trainer may
     * only be free at other times. Every other group and lesson stays where it is, pinned or not.
     */
    public static Timetable afterTrainerAbsence(Timetable current, String absentTrainerId) {
        Objects.requireNonNull(absentTrainerId, "absentTrainerId");
        List<TimetableTrainer> trainersLeft = current.getTrainers().stream()
                .filter(trainer -> !trainer.id().equals(absentTrainerId))
                .toList();
        if (trainersLeft.size() == current.getTrainers().size()) {
            throw new IllegalArgumentException("No trainer " + absentTrainerId + " in this timetable");
        }
        Map<String, Lesson> copies = new HashMap<>();
        for (LessonGroup group : current.getGroups()) {
            LessonGroup copy = group.copyForReplanning();
            boolean taughtByAbsentTrainer = group.getTrainer() != null
                    && group.getTrainer().id().equals(absentTrainerId);
            if (taughtByAbsentTrainer) {
                copy.unpin().assign(copy.getRoom(), null);
                copy.getLessons().forEach(Lesson::unpin);
            }
            copy.getLessons().forEach(lesson -> copies.put(lesson.getId(), lesson));
        }
        // in the same order as in the current timetable
        List<Lesson> lessons = current.getLessons().stream().map(lesson -> copies.get(lesson.getId())).toList();
        return new Timetable(current.getSlots(), current.getRooms(), trainersLeft, lessons);
    }
}
