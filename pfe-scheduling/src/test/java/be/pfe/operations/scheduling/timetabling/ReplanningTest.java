package be.pfe.operations.scheduling.timetabling;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.DIGITALCITY;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_AFTERNOON;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_MORNING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.TUESDAY_MORNING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.classroom;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.group;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.halfDays;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.lesson;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.mornings;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.trainer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplanningTest {

    private static final TimetableSolver SOLVER = new TimetableSolver(Duration.ofSeconds(20), Duration.ofSeconds(1));

    @Test
    void dropsTheAbsentTrainerAndFreesOnlyTheirGroupsTrainerEvenPinned() {
        RoomResource room = classroom("D-101");
        TimetableTrainer anna = trainer("anna");
        TimetableTrainer bruno = trainer("bruno");
        Lesson annasPinned = lesson("a", "s1").assign(MONDAY_MORNING, room, anna).pin();
        annasPinned.getGroup().pin();
        Lesson brunosPinned = lesson("b", "s2").assign(MONDAY_AFTERNOON, room, bruno).pin();
        brunosPinned.getGroup().pin();
        Lesson brunos = lesson("c", "s3").assign(TUESDAY_MORNING, room, bruno);
        Timetable current = new Timetable(halfDays(), List.of(room), List.of(anna, bruno),
                List.of(annasPinned, brunosPinned, brunos));

        Timetable problem = Replanning.afterTrainerAbsence(current, "anna");

        assertEquals(List.of(bruno), problem.getTrainers());
        Lesson freed = problem.getLessons().get(0);
        assertFalse(freed.isPinned());
        assertFalse(freed.getGroup().isPinned());
        assertNull(freed.getTrainer(), "the group's trainer is to choose again");
        assertNull(freed.getGroup().getTrainer());
        assertEquals(MONDAY_MORNING, freed.getSlot(), "its slot and room are kept, to start from");
        assertEquals(room, freed.getRoom());
        assertEquals(new LessonPlacement(MONDAY_MORNING, room, anna), freed.original());
        assertEquals(List.of(bruno), freed.getGroup().getCandidateTrainers());
        Lesson kept = problem.getLessons().get(1);
        assertTrue(kept.isPinned());
        assertTrue(kept.getGroup().isPinned());
        assertEquals(kept.original(), kept.currentPlacement());
        assertEquals(new LessonPlacement(TUESDAY_MORNING, room, bruno), problem.getLessons().get(2).currentPlacement());
        assertEquals(new LessonPlacement(MONDAY_MORNING, room, anna), annasPinned.currentPlacement(),
                "the current timetable is left as it was");
        assertThrows(IllegalArgumentException.class, () -> Replanning.afterTrainerAbsence(current, "nobody"));
    }

    /**
     * A trainer falls ill after the term was planned. What this test can guarantee, and asserts exactly:
     * <ul>
     *     <li>no hard violation;</li>
     *     <li>the medium score is minus the number of lessons the ill trainer taught: those lessons change
     *     trainer and nothing else, and every other lesson keeps its slot, room and trainer.</li>
     * </ul>
     * Why this holds whatever the local search does: a trainer teaches a whole group, so the new trainer of a
     * freed group must be free at all its 3 slots. There are 2 rooms, so at most 2 lessons share a slot: at each
     * of a freed group's slots at most 1 of the 4 other trainers is busy, at most 3 over its 3 slots, and the 5
     * trainers can all teach every lesson at any time. The first placement, which keeps a freed group's room and
     * slots and tries every trainer for it, therefore finds one free at all of them (hard 0, medium -1 per
     * lesson; the freed groups are at different times, as the ill trainer taught them all), and any other change
     * can only lower the medium score, so the best timetable never takes one.
     */
    @Test
    void aTrainerFallingIllMovesOnlyTheirLessonsToAnotherTrainer() {
        Timetable planned = SOLVER.solve(interchangeableTrainersTerm());
        assertEquals(0, planned.getScore().hardScore(), () -> "hard violations: " + TimetableSolver.explain(planned));
        TimetableTrainer ill = busiestTrainer(planned);
        List<Lesson> illTrainersLessons = planned.getLessons().stream()
                .filter(lesson -> lesson.getTrainer().equals(ill)).toList();
        assertFalse(illTrainersLessons.isEmpty());

        Timetable replanned = SOLVER.solve(Replanning.afterTrainerAbsence(planned, ill.id()));

        assertEquals(0, replanned.getScore().hardScore(), () -> "hard violations: " + TimetableSolver.explain(replanned));
        assertEquals(-illTrainersLessons.size(), replanned.getScore().mediumScore());
        Map<String, Lesson> before = planned.getLessons().stream()
                .collect(Collectors.toMap(Lesson::getId, Function.identity()));
        for (Lesson after : replanned.getLessons()) {
            Lesson was = before.get(after.getId());
            assertEquals(was.getSlot(), after.getSlot(), after.getId());
            assertEquals(was.getRoom(), after.getRoom(), after.getId());
            if (was.getTrainer().equals(ill)) {
                assertNotEquals(ill, after.getTrainer(), after.getId());
            } else {
                assertEquals(was.getTrainer(), after.getTrainer(), after.getId());
            }
        }
    }

    /** 4 groups of 3 lessons in Digitalcity's 2 classrooms, with 5 web trainers of different preferences. */
    private static Timetable interchangeableTrainersTerm() {
        List<TimetableSlot> week = halfDays();
        Set<TimetableSlot> allWeek = Set.copyOf(week);
        Set<TimetableSlot> earlyWeek = week.stream()
                .filter(slot -> slot.day().compareTo(DayOfWeek.WEDNESDAY) <= 0).collect(Collectors.toSet());
        Set<TimetableSlot> afternoons = week.stream()
                .filter(slot -> !mornings().contains(slot)).collect(Collectors.toSet());
        List<TimetableTrainer> trainers = List.of(
                new TimetableTrainer("anna", Set.of(DIGITALCITY), Set.of("WEB"), allWeek, Set.copyOf(mornings())),
                new TimetableTrainer("bruno", Set.of(DIGITALCITY), Set.of("WEB"), allWeek, afternoons),
                new TimetableTrainer("carl", Set.of(DIGITALCITY), Set.of("WEB"), allWeek, earlyWeek),
                new TimetableTrainer("dora", Set.of(DIGITALCITY), Set.of("WEB"), allWeek, Set.of()),
                new TimetableTrainer("emil", Set.of(DIGITALCITY), Set.of("WEB"), allWeek, Set.of()));
        List<RoomResource> rooms = List.of(classroom("D-101"), classroom("D-102"));
        List<Lesson> lessons = new ArrayList<>();
        for (int number = 1; number <= 4; number++) {
            LessonGroup group = group("WEB-" + number);
            for (int meeting = 1; meeting <= 3; meeting++) {
                lessons.add(group.newLesson("WEB-" + number + "#" + meeting));
            }
        }
        return new Timetable(week, rooms, trainers, lessons);
    }

    private static TimetableTrainer busiestTrainer(Timetable timetable) {
        return timetable.getLessons().stream()
                .collect(Collectors.groupingBy(Lesson::getTrainer, Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<TimetableTrainer, Long>comparingByValue()
                        .thenComparing(entry -> entry.getKey().id(), Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
