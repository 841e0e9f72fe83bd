package be.pfe.operations.scheduling.timetabling;

import java.util.Comparator;

/**
 * Orders lessons from the easiest to the hardest to place, so that the first placement deals with the hardest
 * first, while there is still a choice: a lesson that few rooms and trainers can take, then a larger group.
 * Public only because the solver instantiates it.
 */
public final class LessonDifficulty implements Comparator<Lesson> {

    private static final Comparator<Lesson> EASIEST_FIRST = Comparator
            .comparingLong((Lesson lesson) -> -options(lesson))
            .thenComparingInt(Lesson::getRequiredSeats)
            .thenComparing(Lesson::getId);

    private static long options(Lesson lesson) {
        return (long) lesson.getCandidateRooms().size() * lesson.getCandidateTrainers().size();
    }

    /** For the solver, which builds the comparator named on {@link Lesson}. */
    public LessonDifficulty() {
    }

    @Override
    public int compare(Lesson lesson, Lesson other) {
        return EASIEST_FIRST.compare(lesson, other);
    }
}
