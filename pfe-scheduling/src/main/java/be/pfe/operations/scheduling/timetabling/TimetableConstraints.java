package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import java.time.Duration;

/**
 * The rules a term's timetable is scored by, one method per rule.
 * <p>
 * Each hard rule costs one hard point per lesson (or pair of lessons) that breaks it, so the hard score reads as
 * "how many things are wrong". Each preference costs soft points the same way, except the spread of load
 * across rooms, which grows with the square of a room's use. Disruption is the medium level (see
 * {@link Timetable}).
 * <p>
 * A session's lessons share one room and one trainer by construction (they are its {@link LessonGroup}'s), so
 * no rule needs to keep a group together. The rules read a lesson's room and trainer, which follow its group's;
 * while the solver builds its first timetable a group may have no room or no trainer yet, and the rules about
 * them leave its lessons out until it has.
 * <p>
 * Constraint names are stable identifiers that the user interface will translate; they are shaped like the
 * application's message keys so that they can be used as such. Never rename one without its translations.
 */
public class TimetableConstraints implements ConstraintProvider {

    public static final String ROOM_CONFLICT = "timetabling.roomConflict";
    public static final String TRAINER_CONFLICT = "timetabling.trainerConflict";
    public static final String GROUP_CONFLICT = "timetabling.groupConflict";
    public static final String ROOM_TOO_SMALL = "timetabling.roomTooSmall";
    public static final String ROOM_NOT_EQUIPPED = "timetabling.roomNotEquipped";
    public static final String ROOM_IN_OTHER_CENTRE = "timetabling.roomInOtherCentre";
    public static final String TRAINER_NOT_QUALIFIED = "timetabling.trainerNotQualified";
    public static final String TRAINER_UNAVAILABLE = "timetabling.trainerUnavailable";
    public static final String TRAINER_NOT_AT_CENTRE = "timetabling.trainerNotAtCentre";
    public static final String LESSON_MOVED = "timetabling.lessonMoved";
    public static final String TRAINER_SLOT_NOT_PREFERRED = "timetabling.trainerSlotNotPreferred";
    public static final String ISOLATED_LESSON = "timetabling.isolatedLesson";
    public static final String ROOM_LOAD_SPREAD = "timetabling.roomLoadSpread";

    /**
     * The longest break after which a group still counts as staying on site: covers the lunch break between a
     * morning (until 12:30) and an afternoon (from 13:30) with room to spare.
     */
    public static final Duration LONGEST_BREAK_IN_A_DAY = Duration.ofMinutes(90);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                roomConflict(factory),
                trainerConflict(factory),
                groupConflict(factory),
                roomTooSmall(factory),
                roomNotEquipped(factory),
                roomInOtherCentre(factory),
                trainerNotQualified(factory),
                trainerUnavailable(factory),
                trainerNotAtCentre(factory),
                lessonMoved(factory),
                trainerSlotNotPreferred(factory),
                isolatedLesson(factory),
                roomLoadSpread(factory)
        };
    }

    // ---- hard: a timetable that breaks one of these cannot be used ----

    /** A room holds one lesson at a time: each pair of lessons in the same room at overlapping times costs 1. */
    Constraint roomConflict(ConstraintFactory factory) {
        return withRoom(factory)
                .join(withRoom(factory),
                        Joiners.equal(Lesson::getRoom),
                        Joiners.equal(Lesson::day),
                        Joiners.overlapping(Lesson::start, Lesson::end),
                        Joiners.lessThan(Lesson::getId))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ROOM_CONFLICT);
    }

    /**
     * A trainer teaches one lesson at a time, whatever the centre: trainers are shared, and the same trainer in
     * Technicity and Digitalcity at once is as impossible as twice in one room.
     */
    Constraint trainerConflict(ConstraintFactory factory) {
        return withTrainer(factory)
                .join(withTrainer(factory),
                        Joiners.equal(Lesson::getTrainer),
                        Joiners.equal(Lesson::day),
                        Joiners.overlapping(Lesson::start, Lesson::end),
                        Joiners.lessThan(Lesson::getId))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(TRAINER_CONFLICT);
    }

    /** A group attends one lesson at a time: two lessons of the same session at overlapping times cost 1. */
    Constraint groupConflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(Lesson.class,
                        Joiners.equal(Lesson::getGroup),
                        Joiners.equal(Lesson::day),
                        Joiners.overlapping(Lesson::start, Lesson::end))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(GROUP_CONFLICT);
    }

    /** The room must seat the whole group. */
    Constraint roomTooSmall(ConstraintFactory factory) {
        return withRoom(factory)
                .filter(lesson -> lesson.getRoom().seats() < lesson.getRequiredSeats())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ROOM_TOO_SMALL);
    }

    /** The room must be of the type the course needs (a lab, a workshop...) and offer all its equipment. */
    Constraint roomNotEquipped(ConstraintFactory factory) {
        return withRoom(factory)
                .filter(lesson -> !lesson.getRoom().suits(lesson.getRequiredRoomType(), lesson.getRequiredEquipment()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ROOM_NOT_EQUIPPED);
    }

    /** A session is taught in its own centre: its learners are enrolled there. */
    Constraint roomInOtherCentre(ConstraintFactory factory) {
        return withRoom(factory)
                .filter(lesson -> !lesson.getRoom().centreCode().equals(lesson.getCentreCode()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ROOM_IN_OTHER_CENTRE);
    }

    /** The trainer must be qualified for the lesson's course. */
    Constraint trainerNotQualified(ConstraintFactory factory) {
        return withTrainer(factory)
                .filter(lesson -> !lesson.getTrainer().isQualifiedFor(lesson.getCourseCode()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(TRAINER_NOT_QUALIFIED);
    }

    /** The trainer must be available for the whole lesson. */
    Constraint trainerUnavailable(ConstraintFactory factory) {
        return withTrainer(factory)
                .filter(lesson -> !lesson.getTrainer().isAvailableAt(lesson.getSlot()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(TRAINER_UNAVAILABLE);
    }

    /** The trainer must be allowed to work at the session's centre. */
    Constraint trainerNotAtCentre(ConstraintFactory factory) {
        return withTrainer(factory)
                .filter(lesson -> !lesson.getTrainer().worksAt(lesson.getCentreCode()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(TRAINER_NOT_AT_CENTRE);
    }

    // ---- medium: re-planning moves as little as possible ----

    /**
     * Every part of a lesson (slot, room, trainer) that differs from the timetable people already follow costs
     * 1: each is one more thing learners or trainers must be told. Lessons without an original cost nothing.
     */
    Constraint lessonMoved(ConstraintFactory factory) {
        return factory.forEach(Lesson.class)
                .filter(lesson -> lesson.movedParts() > 0)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, Lesson::movedParts)
                .asConstraint(LESSON_MOVED);
    }

    // ---- soft: preferences ----

    /** A lesson outside the slots its trainer prefers costs 1; a trainer with no stated preference likes any. */
    Constraint trainerSlotNotPreferred(ConstraintFactory factory) {
        return withTrainer(factory)
                .filter(lesson -> !lesson.getTrainer().prefers(lesson.getSlot()))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint(TRAINER_SLOT_NOT_PREFERRED);
    }

    /**
     * Gaps in a group's day: a lesson is isolated when its group has no other lesson that day within
     * {@link #LONGEST_BREAK_IN_A_DAY} before or after it; each isolated lesson costs 1.
     * <p>
     * Why this rule: learners travel to the centre for each day they come, so a morning and an afternoon on the
     * same day (a lunch break apart) are good, while lessons scattered one per day, or a morning and an evening
     * with hours to kill between them, are not. Three lessons a week thus cost at least 1 unless all three
     * follow each other.
     */
    Constraint isolatedLesson(ConstraintFactory factory) {
        return factory.forEach(Lesson.class)
                .ifNotExistsOther(Lesson.class,
                        Joiners.equal(Lesson::getGroup),
                        Joiners.equal(Lesson::day),
                        Joiners.filtering((lesson, other) ->
                                lesson.getSlot().followsClosely(other.getSlot(), LONGEST_BREAK_IN_A_DAY)))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint(ISOLATED_LESSON);
    }

    /**
     * Rooms used evenly, so that no room wears out while others stand empty: each pair of lessons sharing a
     * room costs 1 (a room with n lessons costs n(n-1)/2). Adding a lesson to a room that has n costs n, so the
     * solver prefers the emptier of two suitable rooms, yet a difference of one or two lessons does not outweigh
     * the other preferences.
     * <p>
     * Counted on the groups (a group's lessons all go to its room), so that the first placement already spreads
     * the groups over the rooms before their lessons have slots.
     */
    Constraint roomLoadSpread(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(LessonGroup.class)
                .filter(group -> group.getRoom() != null)
                .groupBy(LessonGroup::getRoom, ConstraintCollectors.sum(LessonGroup::size))
                .filter((room, lessons) -> lessons > 1)
                .penalize(HardMediumSoftScore.ONE_SOFT, (room, lessons) -> lessons * (lessons - 1) / 2)
                .asConstraint(ROOM_LOAD_SPREAD);
    }

    /** The placed lessons whose group has a room. */
    private static UniConstraintStream<Lesson> withRoom(ConstraintFactory factory) {
        return factory.forEach(Lesson.class).filter(Lesson::hasRoom);
    }

    /** The placed lessons whose group has a trainer. */
    private static UniConstraintStream<Lesson> withTrainer(ConstraintFactory factory) {
        return factory.forEach(Lesson.class).filter(Lesson::hasTrainer);
    }
}
