package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Stream;

import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.CLASSROOM;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.DIGITALCITY;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.LAB;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_AFTERNOON;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_ALL_DAY;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_EVENING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_LATE_MORNING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.MONDAY_MORNING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.TECHNICITY;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.TUESDAY_MORNING;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.classroom;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.group;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.lesson;
import static be.pfe.operations.scheduling.timetabling.TimetableFixtures.trainer;

/**
 * Each rule on its own: a case it penalizes, by how much, and a close case it leaves alone. The methods are
 * named {@code rule_case} rather than grouped in nested classes, which the build's test filter would skip.
 */
class TimetableConstraintsTest {

    private static final ConstraintVerifier<TimetableConstraints, Timetable> VERIFIER =
            ConstraintVerifier.build(new TimetableConstraints(), Timetable.class, LessonGroup.class, Lesson.class);

    private final RoomResource room1 = classroom("D-101");
    private final RoomResource room2 = classroom("D-102");
    private final TimetableTrainer anna = trainer("anna");
    private final TimetableTrainer bruno = trainer("bruno");
    private final Lesson networking = new LessonGroup("s1", "WEB", DIGITALCITY, 12, LAB, Set.of("pc", "switches"))
            .newLesson("a");
    private final TimetableTrainer mondaysOnly = new TimetableTrainer("dora", Set.of(DIGITALCITY), Set.of("WEB"),
            Set.of(MONDAY_ALL_DAY), Set.of());
    private final TimetableTrainer morningPerson = new TimetableTrainer("fien", Set.of(DIGITALCITY), Set.of("WEB"),
            Set.copyOf(TimetableFixtures.halfDays()), Set.copyOf(TimetableFixtures.mornings()));

    @Test
    void roomConflict_penalizesTwoLessonsInOneRoomAtOverlappingTimes() {
        VERIFIER.verifyThat(TimetableConstraints::roomConflict)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, anna),
                        lesson("b", "s2").assign(MONDAY_LATE_MORNING, room1, bruno))
                .penalizesBy(1);
    }

    @Test
    void roomConflict_acceptsTheSameRoomAtAnotherTimeOrAnotherRoomAtTheSameTime() {
        VERIFIER.verifyThat(TimetableConstraints::roomConflict)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, anna),
                        lesson("b", "s2").assign(MONDAY_AFTERNOON, room1, bruno),
                        lesson("c", "s3").assign(MONDAY_MORNING, room2, bruno))
                .hasNoImpact();
    }

    @Test
    void trainerConflict_penalizesOneTrainerInTwoCentresAtOnce() {
        RoomResource workshop = classroom("T-01", TECHNICITY, 20);
        Lesson atTechnicity = new LessonGroup("s2", "WEB", TECHNICITY, 12, CLASSROOM, Set.of()).newLesson("b");
        VERIFIER.verifyThat(TimetableConstraints::trainerConflict)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, anna),
                        atTechnicity.assign(MONDAY_MORNING, workshop, anna))
                .penalizesBy(1);
    }

    @Test
    void trainerConflict_acceptsOneTrainerMorningAndAfternoon() {
        VERIFIER.verifyThat(TimetableConstraints::trainerConflict)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, anna),
                        lesson("b", "s2").assign(MONDAY_AFTERNOON, room2, anna),
                        lesson("c", "s3").assign(MONDAY_MORNING, room2, bruno))
                .hasNoImpact();
    }

    @Test
    void groupConflict_penalizesTwoLessonsOfOneGroupAtOnce() {
        LessonGroup s1 = group("s1").assign(room1, anna);
        VERIFIER.verifyThat(TimetableConstraints::groupConflict)
                .given(s1.newLesson("a").placeAt(MONDAY_MORNING),
                        s1.newLesson("b").placeAt(MONDAY_LATE_MORNING))
                .penalizesBy(1);
    }

    @Test
    void groupConflict_acceptsTwoGroupsAtOnceAndOneGroupTwiceADay() {
        LessonGroup s1 = group("s1").assign(room1, anna);
        VERIFIER.verifyThat(TimetableConstraints::groupConflict)
                .given(s1.newLesson("a").placeAt(MONDAY_MORNING),
                        s1.newLesson("b").placeAt(MONDAY_AFTERNOON),
                        lesson("c", "s2").assign(MONDAY_MORNING, room2, bruno))
                .hasNoImpact();
    }

    @Test
    void roomTooSmall_penalizesARoomWithFewerSeatsThanLearners() {
        VERIFIER.verifyThat(TimetableConstraints::roomTooSmall)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, classroom("D-001", DIGITALCITY, 11), anna))
                .penalizesBy(1);
    }

    @Test
    void roomTooSmall_acceptsARoomWithExactlyEnoughSeats() {
        VERIFIER.verifyThat(TimetableConstraints::roomTooSmall)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, classroom("D-001", DIGITALCITY, 12), anna))
                .hasNoImpact();
    }

    @Test
    void roomNotEquipped_penalizesARoomOfAnotherTypeOrMissingEquipment() {
        RoomResource classroomWithPcs = new RoomResource("D-001", DIGITALCITY, CLASSROOM, 20, Set.of("pc", "switches"));
        RoomResource labWithoutSwitches = new RoomResource("D-002", DIGITALCITY, LAB, 20, Set.of("pc"));
        Lesson another = new LessonGroup("s2", "WEB", DIGITALCITY, 12, LAB, Set.of("pc", "switches")).newLesson("b");
        VERIFIER.verifyThat(TimetableConstraints::roomNotEquipped)
                .given(networking.assign(MONDAY_MORNING, classroomWithPcs, anna),
                        another.assign(MONDAY_MORNING, labWithoutSwitches, bruno))
                .penalizesBy(2);
    }

    @Test
    void roomNotEquipped_acceptsARoomOfTheRightTypeWithMoreEquipmentThanNeeded() {
        RoomResource lab = new RoomResource("D-003", DIGITALCITY, LAB, 20, Set.of("pc", "switches", "projector"));
        VERIFIER.verifyThat(TimetableConstraints::roomNotEquipped)
                .given(networking.assign(MONDAY_MORNING, lab, anna))
                .hasNoImpact();
    }

    @Test
    void roomInOtherCentre_penalizesARoomOutsideTheSessionsCentre() {
        VERIFIER.verifyThat(TimetableConstraints::roomInOtherCentre)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, classroom("T-01", TECHNICITY, 20), anna))
                .penalizesBy(1);
    }

    @Test
    void roomInOtherCentre_acceptsARoomOfTheSessionsCentre() {
        VERIFIER.verifyThat(TimetableConstraints::roomInOtherCentre)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, anna))
                .hasNoImpact();
    }

    @Test
    void trainerNotQualified_penalizesATrainerNotQualifiedForTheCourse() {
        TimetableTrainer welder = new TimetableTrainer("carl", Set.of(DIGITALCITY), Set.of("WELDING"),
                Set.of(MONDAY_MORNING), Set.of());
        VERIFIER.verifyThat(TimetableConstraints::trainerNotQualified)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, welder))
                .penalizesBy(1);
    }

    @Test
    void trainerNotQualified_acceptsAQualifiedTrainer() {
        VERIFIER.verifyThat(TimetableConstraints::trainerNotQualified)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, anna))
                .hasNoImpact();
    }

    @Test
    void trainerUnavailable_penalizesALessonOutsideTheTrainersAvailability() {
        VERIFIER.verifyThat(TimetableConstraints::trainerUnavailable)
                .given(lesson("a", "s1").assign(TUESDAY_MORNING, room1, mondaysOnly),
                        lesson("b", "s2").assign(MONDAY_EVENING, room1, mondaysOnly))
                .penalizesBy(2);
    }

    @Test
    void trainerUnavailable_acceptsALessonWithinAnAvailableSlot() {
        VERIFIER.verifyThat(TimetableConstraints::trainerUnavailable)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, mondaysOnly),
                        lesson("b", "s2").assign(MONDAY_AFTERNOON, room2, mondaysOnly))
                .hasNoImpact();
    }

    @Test
    void trainerNotAtCentre_penalizesATrainerWhoDoesNotWorkAtTheSessionsCentre() {
        TimetableTrainer technicityOnly = new TimetableTrainer("emil", Set.of(TECHNICITY), Set.of("WEB"),
                Set.of(MONDAY_MORNING), Set.of());
        VERIFIER.verifyThat(TimetableConstraints::trainerNotAtCentre)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, technicityOnly))
                .penalizesBy(1);
    }

    @Test
    void trainerNotAtCentre_acceptsATrainerSharedWithTheSessionsCentre() {
        TimetableTrainer shared = new TimetableTrainer("emil", Set.of(TECHNICITY, DIGITALCITY), Set.of("WEB"),
                Set.of(MONDAY_MORNING), Set.of());
        VERIFIER.verifyThat(TimetableConstraints::trainerNotAtCentre)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, shared))
                .hasNoImpact();
    }

    @Test
    void lessonMoved_penalizesEachPartMovedAwayFromTheOriginal() {
        Lesson moved = lesson("a", "s1").rememberOriginal(new LessonPlacement(MONDAY_MORNING, room1, anna))
                .assign(TUESDAY_MORNING, room1, bruno);
        Lesson movedEverything = lesson("b", "s2").rememberOriginal(new LessonPlacement(MONDAY_MORNING, room1, anna))
                .assign(MONDAY_AFTERNOON, room2, bruno);
        VERIFIER.verifyThat(TimetableConstraints::lessonMoved)
                .given(moved, movedEverything)
                .penalizesBy(2 + 3);
    }

    @Test
    void lessonMoved_acceptsALessonThatStaysAndALessonWithoutOriginal() {
        Lesson stays = lesson("a", "s1").rememberOriginal(new LessonPlacement(MONDAY_MORNING, room1, anna))
                .assign(MONDAY_MORNING, room1, anna);
        Lesson trainerWasNotKnown = lesson("b", "s2").rememberOriginal(new LessonPlacement(MONDAY_MORNING, room2, null))
                .assign(MONDAY_MORNING, room2, bruno);
        Lesson firstPlanning = lesson("c", "s3").assign(TUESDAY_MORNING, room1, anna);
        VERIFIER.verifyThat(TimetableConstraints::lessonMoved)
                .given(stays, trainerWasNotKnown, firstPlanning)
                .hasNoImpact();
    }

    @Test
    void trainerSlotNotPreferred_penalizesALessonOutsideThePreferredSlots() {
        VERIFIER.verifyThat(TimetableConstraints::trainerSlotNotPreferred)
                .given(lesson("a", "s1").assign(MONDAY_AFTERNOON, room1, morningPerson))
                .penalizesBy(1);
    }

    @Test
    void trainerSlotNotPreferred_acceptsAPreferredSlotOrATrainerWithoutPreference() {
        VERIFIER.verifyThat(TimetableConstraints::trainerSlotNotPreferred)
                .given(lesson("a", "s1").assign(MONDAY_MORNING, room1, morningPerson),
                        lesson("b", "s2").assign(MONDAY_AFTERNOON, room1, anna))
                .hasNoImpact();
    }

    @Test
    void isolatedLesson_penalizesLessonsAloneInTheirDayOrHoursApart() {
        LessonGroup s1 = group("s1").assign(room1, anna);
        VERIFIER.verifyThat(TimetableConstraints::isolatedLesson)
                .given(s1.newLesson("a").placeAt(MONDAY_MORNING),
                        s1.newLesson("b").placeAt(MONDAY_EVENING),
                        s1.newLesson("c").placeAt(TUESDAY_MORNING),
                        // another group's afternoon does not keep s1's morning company
                        lesson("d", "s2").assign(MONDAY_AFTERNOON, room2, bruno))
                .penalizesBy(4);
    }

    @Test
    void isolatedLesson_acceptsAMorningAndAnAfternoonOfTheSameGroup() {
        LessonGroup s1 = group("s1").assign(room1, anna);
        VERIFIER.verifyThat(TimetableConstraints::isolatedLesson)
                .given(s1.newLesson("a").placeAt(MONDAY_MORNING), s1.newLesson("b").placeAt(MONDAY_AFTERNOON))
                .hasNoImpact();
    }

    /** The spread is counted on the groups (all of a group's lessons are in its room): they are given too. */
    @Test
    void roomLoadSpread_penalizesEachPairOfLessonsSharingARoom() {
        VERIFIER.verifyThat(TimetableConstraints::roomLoadSpread)
                .given(withGroups(lesson("a", "s1").assign(MONDAY_MORNING, room1, anna),
                        lesson("b", "s2").assign(MONDAY_AFTERNOON, room1, anna),
                        lesson("c", "s3").assign(TUESDAY_MORNING, room1, anna),
                        lesson("d", "s4").assign(MONDAY_MORNING, room2, bruno),
                        lesson("e", "s5").assign(MONDAY_AFTERNOON, room2, bruno)))
                .penalizesBy(3 + 1);
    }

    @Test
    void roomLoadSpread_countsAllTheLessonsOfAGroupInItsRoom() {
        LessonGroup s1 = group("s1").assign(room1, anna);
        VERIFIER.verifyThat(TimetableConstraints::roomLoadSpread)
                .given(withGroups(s1.newLesson("a").placeAt(MONDAY_MORNING),
                        s1.newLesson("b").placeAt(MONDAY_AFTERNOON),
                        lesson("c", "s2").assign(TUESDAY_MORNING, room1, bruno)))
                .penalizesBy(3);
    }

    @Test
    void roomLoadSpread_acceptsOneLessonPerRoom() {
        Lesson first = lesson("a", "s1").assign(MONDAY_MORNING, room1, anna);
        Lesson second = lesson("b", "s2").assign(MONDAY_MORNING, room2, bruno);
        VERIFIER.verifyThat(TimetableConstraints::roomLoadSpread)
                .given(withGroups(first, second))
                .hasNoImpact();
    }

    /** The lessons and their groups, as facts for a rule counted on groups. */
    private static Object[] withGroups(Lesson... lessons) {
        return Stream.concat(Stream.of(lessons), Stream.of(lessons).map(Lesson::getGroup).distinct()).toArray();
    }
}
