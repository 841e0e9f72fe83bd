package be.pfe.operations.scheduling.timetabling;

import java.util.Comparator;

/**
 * Orders lessons as their groups (see {@link GroupDifficulty}), and a group's lessons together, so that the
 * first placement gives the hardest groups their slots first and places each group's lessons one after the
 * other, close together. Public only because the solver instantiates it.
 */
public final class LessonDifficulty implements Comparator<Lesson> {

    private static final Comparator<Lesson> EASIEST_FIRST = Comparator
            .comparing(Lesson::getGroup, GroupDifficulty.EASIEST_FIRST)
            .thenComparing(Lesson::getId, Comparator.reverseOrder());

    /** For the solver, which builds the comparator named on {@link Lesson}. */
    public LessonDifficulty() {
    }

    @Override
    public int compare(Lesson lesson, Lesson other) {
        return EASIEST_FIRST.compare(lesson, other);
    }
}
