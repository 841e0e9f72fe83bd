package be.pfe.operations.scheduling.timetabling;

import java.util.Comparator;

/**
 * Orders groups from the easiest to the hardest to place, so that the first placement deals with the hardest
 * first, while there is still a choice: a group that few rooms and trainers can take, then one with more lessons
 * a week, then a larger group. Public only because the solver instantiates it.
 */
public final class GroupDifficulty implements Comparator<LessonGroup> {

    static final Comparator<LessonGroup> EASIEST_FIRST = Comparator
            .comparingLong((LessonGroup group) -> -options(group))
            .thenComparingInt(LessonGroup::size)
            .thenComparingInt(LessonGroup::getRequiredSeats)
            .thenComparing(LessonGroup::getSessionId);

    private static long options(LessonGroup group) {
        return (long) group.getCandidateRooms().size() * group.getCandidateTrainers().size();
    }

    /** For the solver, which builds the comparator named on {@link LessonGroup}. */
    public GroupDifficulty() {
    }

    @Override
    public int compare(LessonGroup group, LessonGroup other) {
        return EASIEST_FIRST.compare(group, other);
    }
}
