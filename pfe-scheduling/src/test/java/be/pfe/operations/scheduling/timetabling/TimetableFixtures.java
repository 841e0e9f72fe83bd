package be.pfe.operations.scheduling.timetabling;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The weekly half-days and small rooms, trainers, groups and lessons the tests build timetables from. */
final class TimetableFixtures {

    static final String DIGITALCITY = "DIGITALCITY";
    static final String TECHNICITY = "TECHNICITY";
    static final String CLASSROOM = "CLASSROOM";
    static final String LAB = "LAB";
    static final String WORKSHOP = "WORKSHOP";

    static final TimetableSlot MONDAY_MORNING = TimetableSlot.of(DayOfWeek.MONDAY, "09:00", "12:30");
    static final TimetableSlot MONDAY_AFTERNOON = TimetableSlot.of(DayOfWeek.MONDAY, "13:30", "16:00");
    static final TimetableSlot MONDAY_EVENING = TimetableSlot.of(DayOfWeek.MONDAY, "18:00", "21:00");
    static final TimetableSlot MONDAY_LATE_MORNING = TimetableSlot.of(DayOfWeek.MONDAY, "10:00", "12:00");
    static final TimetableSlot MONDAY_ALL_DAY = TimetableSlot.of(DayOfWeek.MONDAY, "08:00", "17:00");
    static final TimetableSlot TUESDAY_MORNING = TimetableSlot.of(DayOfWeek.TUESDAY, "09:00", "12:30");

    private TimetableFixtures() {
    }

    /** Mornings 09:00-12:30 and afternoons 13:30-16:00, Monday to Friday. */
    static List<TimetableSlot> halfDays() {
        List<TimetableSlot> slots = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            slots.add(TimetableSlot.of(day, "09:00", "12:30"));
            slots.add(TimetableSlot.of(day, "13:30", "16:00"));
        }
        return slots;
    }

    static List<TimetableSlot> mornings() {
        return halfDays().stream().filter(slot -> slot.start().getHour() < 12).toList();
    }

    static RoomResource classroom(String id, String centre, int seats) {
        return new RoomResource(id, centre, CLASSROOM, seats, Set.of());
    }

    /** A Digitalcity classroom for 20. */
    static RoomResource classroom(String id) {
        return classroom(id, DIGITALCITY, 20);
    }

    /** A trainer of Digitalcity's web course, available all week, with no preference. */
    static TimetableTrainer trainer(String id) {
        return new TimetableTrainer(id, Set.of(DIGITALCITY), Set.of("WEB"), Set.copyOf(halfDays()), Set.of());
    }

    /** A group of 12 learners of Digitalcity's web course, in a classroom. */
    static LessonGroup group(String sessionId) {
        return new LessonGroup(sessionId, "WEB", DIGITALCITY, 12, CLASSROOM, Set.of());
    }

    /** The only lesson of a new group of Digitalcity's web course for 12 learners in a classroom. */
    static Lesson lesson(String id, String sessionId) {
        return group(sessionId).newLesson(id);
    }
}
