package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.trainer.Trainer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the conflict checks read of sessions besides their meetings: their trainers, the trainers' qualifications,
 * weekly availability and absences, the rooms' equipment and the courses' required equipment. Either read through
 * the entities ({@link #OF_ENTITIES}: a few lazy loads, for one session) or loaded for many sessions at once, one
 * statement per kind ({@link Meetings#factsOf}), so that a calendar or a centre's conflicts do not read them one
 * session, trainer or room at a time.
 */
public interface SchedulingFacts {

    List<Trainer> trainersOf(CourseSession session);

    boolean isQualified(Trainer trainer, Course course);

    boolean isAvailable(Trainer trainer, MeetingTime time);

    Set<String> equipmentOf(Room room);

    Set<String> equipmentRequiredBy(Course course);

    /** Read through the entities themselves (lazy loads). */
    SchedulingFacts OF_ENTITIES = new SchedulingFacts() {
        @Override
        public List<Trainer> trainersOf(CourseSession session) {
            return List.copyOf(session.trainers());
        }

        @Override
        public boolean isQualified(Trainer trainer, Course course) {
            return trainer.isQualifiedFor(course);
        }

        @Override
        public boolean isAvailable(Trainer trainer, MeetingTime time) {
            return trainer.isAvailable(time);
        }

        @Override
        public Set<String> equipmentOf(Room room) {
            return room.equipment();
        }

        @Override
        public Set<String> equipmentRequiredBy(Course course) {
            return course.requiredEquipment();
        }
    };

    /** Loaded at once, keyed by ids (what is missing from a map is empty). */
    record Loaded(Map<Long, List<Trainer>> trainersBySession, Map<Long, Set<Long>> qualificationsByTrainer,
                  Map<Long, Set<WeeklySlot>> availabilityByTrainer, Map<Long, Set<DateRange>> absencesByTrainer,
                  Map<Long, Set<String>> equipmentByRoom, Map<Long, Set<String>> equipmentByCourse)
            implements SchedulingFacts {

        @Override
        public List<Trainer> trainersOf(CourseSession session) {
            return trainersBySession.getOrDefault(session.id(), List.of());
        }

        @Override
        public boolean isQualified(Trainer trainer, Course course) {
            return qualificationsByTrainer.getOrDefault(trainer.id(), Set.of()).contains(course.id());
        }

        @Override
        public boolean isAvailable(Trainer trainer, MeetingTime time) {
            return Trainer.isAvailable(availabilityByTrainer.getOrDefault(trainer.id(), Set.of()),
                    absencesByTrainer.getOrDefault(trainer.id(), Set.of()), time);
        }

        @Override
        public Set<String> equipmentOf(Room room) {
            return equipmentByRoom.getOrDefault(room.id(), Set.of());
        }

        @Override
        public Set<String> equipmentRequiredBy(Course course) {
            return equipmentByCourse.getOrDefault(course.id(), Set.of());
        }
    }
}
