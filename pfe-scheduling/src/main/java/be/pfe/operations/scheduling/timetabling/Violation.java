package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.util.List;

/**
 * One broken rule or unmet preference left in a timetable, as staff will see it: which rule (one of the names in
 * {@link TimetableConstraints}), what it costs, the lessons involved, and the other facts of the match (e.g. the
 * room and its number of lessons, for the load spread).
 */
public record Violation(String constraintName, HardMediumSoftScore impact, List<Lesson> lessons,
                        List<Object> otherFacts) {

    public Violation {
        lessons = List.copyOf(lessons);
        otherFacts = List.copyOf(otherFacts);
    }

    /** True for a broken hard rule, which makes the timetable unusable. */
    public boolean isHard() {
        return impact.hardScore() < 0;
    }
}
