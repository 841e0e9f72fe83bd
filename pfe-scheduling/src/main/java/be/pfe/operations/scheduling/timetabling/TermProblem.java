package be.pfe.operations.scheduling.timetabling;

import be.pfe.operations.domain.timetabling.ProposedLesson;
import be.pfe.operations.domain.timetabling.RemainingViolation;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A term of the real timetable as the solver sees it: the lessons to place (those of the unplaced sessions), the
 * lessons already placed (pinned, so that the solver works around them), and the week's grid of slots.
 * <p>
 * Identifiers inside the solver are texts: a lesson to place is {@code s<session id>-<n>}, a placed one
 * {@code p<session id>-<n>}; a session's group is its id; rooms and trainers keep their database ids. Each
 * session to place is a group whose room and trainer the solver chooses. A placed session is a pinned group in
 * its room, with pinned lessons, and its trainers are made unavailable at those times; it carries a stand-in
 * trainer of its own so that it never counts as a trainer clash.
 */
public record TermProblem(Timetable timetable, int sessionsToPlace) {

    static final String TO_PLACE = "s";
    static final String PLACED = "p";

    /** The week the solver plans: mornings 09:00-12:30 and afternoons 13:30-16:00, Monday to Friday. */
    public static final List<TimetableSlot> HALF_DAYS = halfDays();

    /** The hours one lesson stands for when a course's hours are shared out over the weeks of a session. */
    static final double HOURS_PER_LESSON = 3.0;

    public TermProblem {
        Objects.requireNonNull(timetable, "timetable");
    }

    private static List<TimetableSlot> halfDays() {
        List<TimetableSlot> slots = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            slots.add(new TimetableSlot(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
            slots.add(new TimetableSlot(day, LocalTime.of(13, 30), LocalTime.of(16, 0)));
        }
        return List.copyOf(slots);
    }

    /**
     * How many weekly lessons a session needs: the course's hours shared out over the session's weeks, in
     * lessons of about {@value #HOURS_PER_LESSON} hours, at least one and at most one per half-day of the week.
     */
    static int lessonsPerWeek(int courseHours, long sessionDays) {
        long weeks = Math.max(1, (sessionDays + 6) / 7);
        int lessons = (int) Math.ceil(courseHours / (double) weeks / HOURS_PER_LESSON);
        return Math.max(1, Math.min(HALF_DAYS.size(), lessons));
    }

    public int lessonsToPlace() {
        return (int) timetable.getLessons().stream().filter(TermProblem::toPlace).count();
    }

    static boolean toPlace(Lesson lesson) {
        return lesson.getId().startsWith(TO_PLACE);
    }

    /** The placed lessons of the sessions to place, as the job's proposal. */
    public static List<ProposedLesson> proposal(Timetable solved) {
        return solved.getLessons().stream()
                .filter(TermProblem::toPlace)
                .filter(Lesson::isPlaced)
                .map(lesson -> new ProposedLesson(Long.parseLong(lesson.getSessionId()),
                        new be.pfe.operations.domain.calendar.WeeklySlot(lesson.day(), lesson.start(), lesson.end()),
                        Long.parseLong(lesson.getRoom().id()), Long.parseLong(lesson.getTrainer().id())))
                .toList();
    }

    /** Every violation left in the solved timetable, worst first, at most {@code limit} of them. */
    public static List<RemainingViolation> violations(Timetable solved, int limit) {
        List<RemainingViolation> remaining = new ArrayList<>();
        for (Violation violation : TimetableSolver.explain(solved)) {
            if (remaining.size() == limit) {
                break;
            }
            HardMediumSoftScore impact = violation.impact();
            RemainingViolation.Level level = impact.hardScore() != 0 ? RemainingViolation.Level.HARD
                    : impact.mediumScore() != 0 ? RemainingViolation.Level.MEDIUM : RemainingViolation.Level.SOFT;
            int weight = Math.abs(switch (level) {
                case HARD -> impact.hardScore();
                case MEDIUM -> impact.mediumScore();
                case SOFT -> impact.softScore();
            });
            remaining.add(new RemainingViolation(remaining.size(), violation.constraintName(), level, weight,
                    violation.lessons().stream().map(lesson -> Long.parseLong(lesson.getSessionId())).toList()));
        }
        return remaining;
    }
}
