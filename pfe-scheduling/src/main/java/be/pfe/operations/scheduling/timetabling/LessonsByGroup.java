package be.pfe.operations.scheduling.timetabling;

import java.util.Comparator;

/**
 * Orders lessons group by group (session, then lesson), so that the solver's pillar moves, which change the
 * room or the trainer of a run of consecutive lessons at once, often take exactly the lessons of one group:
 * a group keeps one room and one trainer, and such a move keeps it so.
 */
public class LessonsByGroup implements Comparator<Lesson> {

    private static final Comparator<Lesson> ORDER = Comparator.comparing(Lesson::getSessionId)
            .thenComparing(Lesson::getId);

    @Override
    public int compare(Lesson one, Lesson other) {
        return ORDER.compare(one, other);
    }
}
