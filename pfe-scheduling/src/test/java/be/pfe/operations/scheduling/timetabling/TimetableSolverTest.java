package be.pfe.operations.scheduling.timetabling;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.CLASSROOM;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.DIGITALCITY;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.LAB;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_AFTERNOON;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_MORNING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.TECHNICITY;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.TUESDAY_MORNING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.WORKSHOP;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.classroom;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.halfDays;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.lesson;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.mornings;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.trainer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimetableSolverTest {

    private static final TimetableSolver SOLVER = new TimetableSolver(Duration.ofSeconds(20), Duration.ofSeconds(1));

    private final RoomResource digitalLab = new RoomResource("D-LAB", DIGITALCITY, LAB, 16, Set.of("pc"));
    private final RoomResource digitalClassroom = classroom("D-101", DIGITALCITY, 20);
    private final RoomResource weldingShop = new RoomResource("T-WS", TECHNICITY, WORKSHOP, 12, Set.of("welding-booths"));
    private final RoomResource technicityClassroom = classroom("T-101", TECHNICITY, 24);

    private final List<TimetableSlot> week = halfDays();
    private final List<TimetableSlot> mondayToWednesday = week.subList(0, 6);
    private final List<TimetableSlot> thursdayAndFriday = week.subList(6, 10);

    private final TimetableTrainer anna = new TimetableTrainer("anna", Set.of(DIGITALCITY), Set.of("WEB"),
            Set.copyOf(mondayToWednesday), Set.copyOf(mornings()));
    private final TimetableTrainer bruno = new TimetableTrainer("bruno", Set.of(DIGITALCITY, TECHNICITY),
            Set.of("WEB", "SAFETY", "OFFICE"), Set.copyOf(week), Set.of());
    private final TimetableTrainer carl = new TimetableTrainer("carl", Set.of(TECHNICITY), Set.of("WELDING", "SAFETY"),
            Set.copyOf(week.subList(0, 8)), Set.of(MONDAY_AFTERNOON));
    private final TimetableTrainer dora = new TimetableTrainer("dora", Set.of(DIGITALCITY), Set.of("OFFICE"),
            Set.copyOf(thursdayAndFriday), Set.of());

    /** 12 lessons of 5 sessions in two centres, one of them pinned by hand. */
    private Timetable term() {
        List<Lesson> lessons = new ArrayList<>();
        lessons.addAll(session("WEB-1", "WEB", DIGITALCITY, 14, LAB, Set.of("pc"), 3));
        lessons.addAll(session("WEB-2", "WEB", DIGITALCITY, 16, LAB, Set.of("pc"), 2));
        lessons.addAll(session("WELD-1", "WELDING", TECHNICITY, 10, WORKSHOP, Set.of("welding-booths"), 3));
        lessons.addAll(session("SAFETY-1", "SAFETY", TECHNICITY, 20, CLASSROOM, Set.of(), 2));
        lessons.addAll(session("OFFICE-1", "OFFICE", DIGITALCITY, 18, CLASSROOM, Set.of(), 2));
        // staff placed WELD-1 in the welding shop with Carl, and its first lesson on Monday morning
        lessons.get(5).assign(MONDAY_MORNING, weldingShop, carl).pin().getGroup().pin();
        return new Timetable(week, List.of(digitalLab, digitalClassroom, weldingShop, technicityClassroom),
                List.of(anna, bruno, carl, dora), lessons);
    }

    private static List<Lesson> session(String sessionId, String course, String centre, int learners,
                                        String roomType, Set<String> equipment, int lessonsPerWeek) {
        LessonGroup group = new LessonGroup(sessionId, course, centre, learners, roomType, equipment);
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 1; i <= lessonsPerWeek; i++) {
            lessons.add(group.newLesson(sessionId + "#" + i));
        }
        return lessons;
    }

    @Test
    void placesEveryLessonWithoutHardConflictAndKeepsThePinnedOne() {
        Timetable problem = term();

        Timetable solved = SOLVER.solve(problem);

        assertEquals(12, solved.getLessons().size());
        assertTrue(solved.isFullyPlaced());
        assertEquals(0, solved.getScore().hardScore(), () -> "hard violations: " + TimetableSolver.explain(solved));
        assertEquals(0, solved.getScore().mediumScore(), "a first planning has nothing to disrupt");
        Lesson pinned = solved.getLessons().get(5);
        assertEquals("WELD-1#1", pinned.getId());
        assertEquals(new LessonPlacement(MONDAY_MORNING, weldingShop, carl), pinned.currentPlacement());
        assertNull(problem.getLessons().get(0).getSlot(), "the problem handed in is left as it was");
        for (LessonGroup group : solved.getGroups()) {
            for (Lesson lesson : group.getLessons()) {
                assertSame(group, lesson.getGroup());
                assertEquals(group.getRoom(), lesson.getRoom(), "one room per session: " + lesson);
                assertEquals(group.getTrainer(), lesson.getTrainer(), "one trainer per session: " + lesson);
            }
        }
        assertEquals(Set.of(weldingShop), solved.getLessons().stream()
                .filter(lesson -> lesson.getSessionId().equals("WELD-1")).map(Lesson::getRoom)
                .collect(Collectors.toSet()), "the pinned group's lessons all stay in its room");
    }

    @Test
    void explainsEveryViolationWithItsLessonsHardFirst() {
        RoomResource room = classroom("D-101");
        TimetableTrainer trainer = trainer("anna");
        Lesson first = lesson("a", "s1").assign(MONDAY_MORNING, room, trainer);
        Lesson second = lesson("b", "s2").assign(MONDAY_MORNING, room, trainer);
        Lesson alone = lesson("c", "s3").assign(TUESDAY_MORNING, classroom("D-102"), trainer("bruno"));
        Timetable timetable = new Timetable(halfDays(), List.of(room), List.of(trainer), List.of(first, second, alone));

        List<Violation> violations = TimetableSolver.explain(timetable);

        assertEquals(-2, timetable.getScore().hardScore());
        Violation roomConflict = violations.stream()
                .filter(violation -> violation.constraintName().equals(TimetableConstraints.ROOM_CONFLICT))
                .findFirst().orElseThrow();
        assertEquals(-1, roomConflict.impact().hardScore());
        assertEquals(Set.of(first, second), Set.copyOf(roomConflict.lessons()));
        assertTrue(violations.get(0).isHard() && violations.get(1).isHard(), violations::toString);
        assertEquals(Set.of(TimetableConstraints.ROOM_CONFLICT, TimetableConstraints.TRAINER_CONFLICT),
                Set.of(violations.get(0).constraintName(), violations.get(1).constraintName()));
        Violation spread = violations.stream()
                .filter(violation -> violation.constraintName().equals(TimetableConstraints.ROOM_LOAD_SPREAD))
                .findFirst().orElseThrow();
        assertEquals(List.of(room, 2), spread.otherFacts());
        assertEquals(3, violations.stream()
                .filter(violation -> violation.constraintName().equals(TimetableConstraints.ISOLATED_LESSON))
                .count(), "one per lesson, each alone in its group's day");
        assertSame(alone, violations.stream()
                .filter(violation -> violation.constraintName().equals(TimetableConstraints.ISOLATED_LESSON))
                .flatMap(violation -> violation.lessons().stream())
                .filter(lesson -> lesson.getId().equals("c")).findFirst().orElseThrow());
    }

    @Test
    void keepsAndExplainsALessonPinnedByHandOffTheGridInARoomTooSmall() {
        TimetableSlot offGrid = TimetableSlot.of(DayOfWeek.SATURDAY, "09:00", "11:00");
        RoomResource smallRoom = classroom("D-001", DIGITALCITY, 8);
        Lesson byHand = lesson("a", "s1").assign(offGrid, smallRoom, trainer("anna")).pin();
        byHand.getGroup().pin();
        // another group: one group's lessons share a room, which would drag this one into the small room too
        Lesson toPlace = lesson("b", "s2");
        Timetable problem = new Timetable(halfDays(), List.of(classroom("D-101"), smallRoom),
                List.of(trainer("anna")), List.of(byHand, toPlace));

        Timetable solved = SOLVER.solve(problem);

        Lesson kept = solved.getLessons().get(0);
        assertEquals(new LessonPlacement(offGrid, smallRoom, trainer("anna")), kept.currentPlacement());
        // anna works on weekdays only: the hand placement breaks two rules, and both are reported
        assertEquals(-2, solved.getScore().hardScore());
        List<Violation> hard = TimetableSolver.explain(solved).stream().filter(Violation::isHard).toList();
        assertEquals(Set.of(TimetableConstraints.ROOM_TOO_SMALL, TimetableConstraints.TRAINER_UNAVAILABLE),
                hard.stream().map(Violation::constraintName).collect(Collectors.toSet()), hard::toString);
        assertTrue(hard.stream().allMatch(violation -> violation.lessons().equals(List.of(kept))), hard::toString);
        assertEquals("D-101", solved.getLessons().get(1).getRoom().id(), "the small room is not offered to others");
    }
}
