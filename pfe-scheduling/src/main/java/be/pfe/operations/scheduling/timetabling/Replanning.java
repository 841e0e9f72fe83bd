package be.pfe.operations.scheduling.timetabling;

import java.util.List;
import java.util.Objects;

/**
 * Prepares a timetable people already follow for re-planning after a change, so that the solver moves as few
 * lessons as possible: every lesson remembers its current placement as its original (moving away from it costs
 * medium points), and only the lessons the change affects are left to place again.
 */
public final class Replanning {

    private Replanning() {
    }

    /**
     * The problem to solve when a trainer can no longer teach this term (falls ill, leaves): the trainer is no
     * longer offered, and the lessons they taught are unplaced so that the solver finds each the closest
     * placement it can, ideally the same slot and room with another trainer. Those lessons are unpinned even if
     * staff had pinned them: a pin on a trainer who is absent cannot be kept. Every other lesson stays where it
     * is, pinned or not.
     */
    public static Timetable afterTrainerAbsence(Timetable current, String absentTrainerId) {
        Objects.requireNonNull(absentTrainerId, "absentTrainerId");
        List<TrainerResource> trainersLeft = current.getTrainers().stream()
                .filter(trainer -> !trainer.id().equals(absentTrainerId))
                .toList();
        if (trainersLeft.size() == current.getTrainers().size()) {
            throw new IllegalArgumentException("No trainer " + absentTrainerId + " in this timetable");
        }
        List<Lesson> lessons = current.getLessons().stream()
                .map(lesson -> {
                    Lesson copy = lesson.copyForReplanning();
                    boolean taughtByAbsentTrainer = lesson.getTrainer() != null
                            && lesson.getTrainer().id().equals(absentTrainerId);
                    return taughtByAbsentTrainer ? copy.unpin().unassign() : copy;
                })
                .toList();
        return new Timetable(current.getSlots(), current.getRooms(), trainersLeft, lessons);
    }
}
