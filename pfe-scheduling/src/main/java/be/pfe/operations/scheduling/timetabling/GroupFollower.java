package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.variable.VariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

/**
 * Keeps each lesson's room and trainer equal to its group's: whenever the solver changes a group's room or
 * trainer, it gives the group's lessons the same, telling the score director about each lesson it changes, so
 * that the incremental score of the rules on lessons stays right.
 * <p>
 * A variable listener rather than a declarative shadow variable ({@code @ShadowSources("group.room")}), although
 * Timefold deprecates listeners since 1.27: on the benchmark term the declarative version evaluated about three
 * times fewer moves per second (about 9,500 against 25,000), for the same result. Public only because the solver
 * instantiates it.
 */
@SuppressWarnings({"deprecation", "removal"})
public class GroupFollower implements VariableListener<Timetable, LessonGroup> {

    @Override
    public void beforeEntityAdded(ScoreDirector<Timetable> director, LessonGroup group) {
        // nothing to do before the group is there
    }

    @Override
    public void afterEntityAdded(ScoreDirector<Timetable> director, LessonGroup group) {
        follow(director, group);
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<Timetable> director, LessonGroup group) {
        // the lessons follow once the group has changed
    }

    @Override
    public void afterVariableChanged(ScoreDirector<Timetable> director, LessonGroup group) {
        follow(director, group);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<Timetable> director, LessonGroup group) {
        // groups are never removed while solving
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<Timetable> director, LessonGroup group) {
        // groups are never removed while solving
    }

    private static void follow(ScoreDirector<Timetable> director, LessonGroup group) {
        for (Lesson lesson : group.getLessons()) {
            if (lesson.getRoom() != group.getRoom()) {
                director.beforeVariableChanged(lesson, Lesson.ROOM);
                lesson.followRoom();
                director.afterVariableChanged(lesson, Lesson.ROOM);
            }
            if (lesson.getTrainer() != group.getTrainer()) {
                director.beforeVariableChanged(lesson, Lesson.TRAINER);
                lesson.followTrainer();
                director.afterVariableChanged(lesson, Lesson.TRAINER);
            }
        }
    }
}
