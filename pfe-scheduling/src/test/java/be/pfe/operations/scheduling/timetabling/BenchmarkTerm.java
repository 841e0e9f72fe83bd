package be.pfe.operations.scheduling.timetabling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A made-up but plausible term of the four centres for the timetabling benchmark, always the same for a seed:
 * 40 rooms (10 per centre), 60 trainers (15 per centre, a quarter of them also working in a second centre), and
 * about 300 sessions of 2 to 4 weekly lessons.
 * <p>
 * The week has 30 slots of 1h30 (four by day, two in the evening, Monday to Friday) rather than the 10
 * half-days: 40 rooms offer only 400 half-days a week, not enough for some 850 lessons. Sessions are shared out
 * among the kinds of room in proportion to how many rooms of that kind a centre has, so that every kind is about
 * equally busy (about 70% of its slots), as a planner filling a term would do, and groups are sized so that the
 * larger rooms of a kind are never asked for more lessons than they have slots: the term can be planned without
 * a hard conflict, so a remaining one is the solver's shortfall, not the data's.
 */
final class BenchmarkTerm {

    static final List<String> CENTRES = List.of("TECHNICITY", "DIGITALCITY", "LOGISTICITY", "CONSTRUCITY");
    static final int SESSIONS = 300;

    private static final String[][] BLOCKS = {
            {"08:30", "10:00"}, {"10:15", "11:45"}, {"13:00", "14:30"}, {"14:45", "16:15"},
            {"17:30", "19:00"}, {"19:15", "20:45"}};
    private static final int EVENING_BLOCKS = 2;

    /** A kind of room in a centre, with the courses taught in it. */
    private record RoomKind(String centre, String type, Set<String> equipment, int rooms, int minSeats,
                            int maxSeats, List<String> courses) {
    }

    private static final List<RoomKind> KINDS = List.of(
            new RoomKind("TECHNICITY", "CLASSROOM", Set.of("projector"), 4, 16, 28,
                    List.of("HVAC-THEORY", "SAFETY-VCA", "TECH-MATHS")),
            new RoomKind("TECHNICITY", "WORKSHOP", Set.of("electrical-panels"), 3, 10, 16,
                    List.of("ELEC-BASICS", "ELEC-DOMOTICS")),
            new RoomKind("TECHNICITY", "WORKSHOP", Set.of("welding-booths"), 2, 10, 14, List.of("WELDING")),
            new RoomKind("TECHNICITY", "LAB", Set.of("pc"), 1, 12, 18, List.of("PLC-PROGRAMMING")),
            new RoomKind("DIGITALCITY", "CLASSROOM", Set.of("projector"), 3, 16, 28,
                    List.of("DIGITAL-MARKETING", "ICT-ENGLISH")),
            new RoomKind("DIGITALCITY", "LAB", Set.of("pc"), 5, 12, 20,
                    List.of("WEB-DEV", "JAVA-DEV", "OFFICE-TOOLS")),
            new RoomKind("DIGITALCITY", "LAB", Set.of("pc", "servers"), 2, 12, 16,
                    List.of("NETWORK-ADMIN", "CYBERSECURITY")),
            new RoomKind("LOGISTICITY", "CLASSROOM", Set.of("projector"), 4, 16, 28,
                    List.of("SUPPLY-CHAIN", "TRANSPORT-LAW", "SAFETY-VCA")),
            new RoomKind("LOGISTICITY", "WORKSHOP", Set.of("forklift"), 3, 8, 14,
                    List.of("FORKLIFT", "WAREHOUSE-OPS")),
            new RoomKind("LOGISTICITY", "LAB", Set.of("pc"), 3, 12, 20, List.of("ERP-SAP", "OFFICE-TOOLS")),
            new RoomKind("CONSTRUCITY", "CLASSROOM", Set.of("projector"), 3, 16, 28,
                    List.of("BLUEPRINT-READING", "SAFETY-VCA")),
            new RoomKind("CONSTRUCITY", "WORKSHOP", Set.of("masonry"), 4, 10, 16, List.of("MASONRY", "TILING")),
            new RoomKind("CONSTRUCITY", "WORKSHOP", Set.of("carpentry"), 3, 10, 16, List.of("CARPENTRY", "ROOFING")));

    private BenchmarkTerm() {
    }

    static Timetable generate(long seed) {
        Random random = new Random(seed);
        List<TimetableSlot> slots = slots();
        Map<RoomKind, List<RoomResource>> roomsByKind = rooms(random);
        List<Lesson> lessons = lessons(random, roomsByKind);
        List<TimetableTrainer> trainers = trainers(random, slots);
        List<RoomResource> rooms = roomsByKind.values().stream().flatMap(List::stream).toList();
        return new Timetable(slots, rooms, trainers, lessons);
    }

    static List<TimetableSlot> slots() {
        List<TimetableSlot> slots = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            for (String[] block : BLOCKS) {
                slots.add(new TimetableSlot(day, LocalTime.parse(block[0]), LocalTime.parse(block[1])));
            }
        }
        return slots;
    }

    private static Map<RoomKind, List<RoomResource>> rooms(Random random) {
        Map<RoomKind, List<RoomResource>> rooms = new LinkedHashMap<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (RoomKind kind : KINDS) {
            List<RoomResource> ofKind = new ArrayList<>();
            for (int i = 0; i < kind.rooms(); i++) {
                int number = numbers.merge(kind.centre(), 1, Integer::sum);
                int seats = kind.minSeats() + random.nextInt(kind.maxSeats() - kind.minSeats() + 1);
                ofKind.add(new RoomResource(kind.centre().substring(0, 4) + "-" + (100 + number), kind.centre(),
                        kind.type(), seats, kind.equipment()));
            }
            rooms.put(kind, ofKind);
        }
        return rooms;
    }

    /** Shares the sessions out among the kinds of room in proportion to their number of rooms. */
    private static List<Lesson> lessons(Random random, Map<RoomKind, List<RoomResource>> roomsByKind) {
        int totalRooms = KINDS.stream().mapToInt(RoomKind::rooms).sum();
        List<Lesson> lessons = new ArrayList<>();
        int sessionNumber = 0;
        for (RoomKind kind : KINDS) {
            int sessions = Math.round((float) SESSIONS * kind.rooms() / totalRooms);
            // three groups in four fit every room of their kind; the others need one of its larger half, which
            // then stays busy enough to be a constraint, yet never more than it can hold
            List<Integer> seats = roomsByKind.get(kind).stream().map(RoomResource::seats).sorted().toList();
            int smallestRoom = seats.get(0);
            int medianRoom = seats.get(seats.size() / 2);
            for (int i = 0; i < sessions; i++) {
                sessionNumber++;
                String course = kind.courses().get(random.nextInt(kind.courses().size()));
                String sessionId = course + "-" + sessionNumber;
                int largestGroup = random.nextInt(4) == 0 ? medianRoom : smallestRoom;
                int learners = 8 + random.nextInt(Math.max(1, largestGroup - 8 + 1));
                int perWeek = weeklyLessons(random);
                LessonGroup group = new LessonGroup(sessionId, course, kind.centre(), learners, kind.type(),
                        kind.equipment());
                for (int meeting = 1; meeting <= perWeek; meeting++) {
                    lessons.add(group.newLesson(sessionId + "#" + meeting));
                }
            }
        }
        return lessons;
    }

    /** 2, 3 or 4 lessons a week; most sessions meet two or three times. */
    private static int weeklyLessons(Random random) {
        int draw = random.nextInt(10);
        return draw < 4 ? 2 : draw < 8 ? 3 : 4;
    }

    /**
     * 15 trainers per centre, each qualified for a few courses of their centre (every course has at least two);
     * one in four also works in a second centre for a course taught there. Each takes one weekday off, a third
     * teach no evenings, and most state a preference (mornings, daytime or evenings).
     */
    private static List<TimetableTrainer> trainers(Random random, List<TimetableSlot> slots) {
        List<TimetableTrainer> trainers = new ArrayList<>();
        for (String centre : CENTRES) {
            List<String> courses = KINDS.stream().filter(kind -> kind.centre().equals(centre))
                    .flatMap(kind -> kind.courses().stream()).distinct().sorted().toList();
            for (int i = 0; i < 15; i++) {
                Set<String> centres = new HashSet<>(Set.of(centre));
                Set<String> qualified = new HashSet<>();
                // round robin first, so that every course of the centre has at least two qualified trainers
                qualified.add(courses.get(i % courses.size()));
                while (qualified.size() < 2 + random.nextInt(3)) {
                    qualified.add(courses.get(random.nextInt(courses.size())));
                }
                if (random.nextInt(4) == 0) {
                    RoomKind elsewhere = otherCentreKind(random, centre);
                    centres.add(elsewhere.centre());
                    qualified.add(elsewhere.courses().get(random.nextInt(elsewhere.courses().size())));
                }
                Set<TimetableSlot> available = availability(random, slots);
                trainers.add(new TimetableTrainer(centre.substring(0, 4).toLowerCase() + "-trainer-" + (i + 1),
                        centres, qualified, available, preference(random, available)));
            }
        }
        trainers.sort(Comparator.comparing(TimetableTrainer::id));
        return trainers;
    }

    private static RoomKind otherCentreKind(Random random, String centre) {
        List<RoomKind> others = KINDS.stream().filter(kind -> !kind.centre().equals(centre)).toList();
        return others.get(random.nextInt(others.size()));
    }

    private static Set<TimetableSlot> availability(Random random, List<TimetableSlot> slots) {
        DayOfWeek dayOff = DayOfWeek.of(1 + random.nextInt(5));
        boolean evenings = random.nextInt(3) != 0;
        Set<TimetableSlot> available = new HashSet<>();
        for (TimetableSlot slot : slots) {
            if (slot.day() != dayOff && (evenings || !isEvening(slot))) {
                available.add(slot);
            }
        }
        return available;
    }

    private static Set<TimetableSlot> preference(Random random, Set<TimetableSlot> available) {
        Set<TimetableSlot> preferred = new HashSet<>();
        int kind = random.nextInt(5);
        for (TimetableSlot slot : available) {
            boolean likes = switch (kind) {
                case 0 -> slot.start().isBefore(LocalTime.NOON);
                case 1, 2 -> !isEvening(slot);
                case 3 -> isEvening(slot) || slot.start().isAfter(LocalTime.NOON);
                default -> true; // no stated preference
            };
            if (likes && kind != 4) {
                preferred.add(slot);
            }
        }
        return preferred;
    }

    private static boolean isEvening(TimetableSlot slot) {
        return !slot.start().isBefore(LocalTime.parse(BLOCKS[BLOCKS.length - EVENING_BLOCKS][0]));
    }
}
