package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.calendar.CentreClosure;
import be.pfe.operations.domain.calendar.ClosureKind;
import be.pfe.operations.domain.calendar.JpaCentreClosures;
import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.PublicHoliday;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per kind of conflict, on sessions and meetings stored in the real PostgreSQL. */
class ConflictDetectorTest {

    private static final DateRange AUTUMN = new DateRange(LocalDate.parse("2027-10-04"), LocalDate.parse("2027-11-26"));

    private final TestDatabase database = TestDatabase.shared();
    private long bookedSession;

    /**
     * Digitalcity's CISCO lab (16 seats) is booked on Mondays 09:00-12:30 by a networking session taught by
     * Amina, who is qualified for it and available on Mondays and Wednesdays 08:00-17:00.
     */
    @BeforeEach
    void aBookedLabAndATrainer() {
        database.deleteOperationalData();
        bookedSession = database.inTransaction(em -> {
            Room lab = Fixtures.room(em, "DIGITALCITY", "D-LAB", 16, RoomType.LAB);
            lab.equip("CISCO lab");
            Room classroom = Fixtures.room(em, "DIGITALCITY", "D-201", 18);
            Fixtures.room(em, "TECHNICITY", "T-C11", 20);
            Course networking = Fixtures.course(em, "DIG-NET-01");
            networking.needsRoom(RoomType.LAB, List.of("CISCO lab"));
            Fixtures.course(em, "DIG-OFF-01");
            Trainer amina = new Trainer("AMINA", "Amina B.", Fixtures.partner(em, "BRUXELLES_FORMATION"));
            amina.qualifyFor(networking);
            amina.availableOn(WeeklySlot.of(DayOfWeek.MONDAY, "08:00", "17:00"));
            amina.availableOn(WeeklySlot.of(DayOfWeek.WEDNESDAY, "08:00", "17:00"));
            em.persist(amina);
            em.persist(new Trainer("PIETER", "Pieter V.", Fixtures.partner(em, "VDAB_BRUSSEL")));
            CourseSession booked = new CourseSession(networking, lab.centre(), lab, AUTUMN, 16, Language.FR);
            booked.assignTrainers(List.of(amina));
            em.persist(booked);
            em.flush();
            new JpaMeetings(em).addAll(List.of(
                    new Meeting(booked, at("2027-10-04", "09:00", "12:30")),
                    new Meeting(booked, at("2027-10-11", "09:00", "12:30"))));
            assertTrue(classroom.id() > 0);
            return booked.id();
        });
    }

    private static MeetingTime at(String day, String start, String end) {
        return new MeetingTime(LocalDate.parse(day), LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Plans a second session with the given set-up and returns the conflicts of the given meetings. */
    private List<Conflict> conflicts(String course, String centre, String room, int seats, List<String> trainers,
                                     Consumer<EntityManager> before, MeetingTime... times) {
        return database.inTransaction(em -> {
            before.accept(em);
            Room placedIn = em.createQuery("select r from Room r where r.code = :code", Room.class)
                    .setParameter("code", room).getSingleResult();
            Course taught = em.createQuery("select c from Course c where c.code = :code", Course.class)
                    .setParameter("code", course).getSingleResult();
            CourseSession session = new CourseSession(taught, Fixtures.centre(em, centre), placedIn, AUTUMN,
                    Math.min(seats, placedIn.seatCapacity()), Language.FR);
            session.assignTrainers(trainers.stream().map(code -> em.createQuery(
                    "select t from Trainer t where t.code = :code", Trainer.class)
                    .setParameter("code", code).getSingleResult()).toList());
            em.persist(session);
            em.flush();
            if (seats > placedIn.seatCapacity()) {
                placedIn.changeCapacity(seats - 4);   // the room was made smaller after the session was placed
                session.changeSeatCapacity(seats - 4);
                placedIn.changeCapacity(seats - 6);
            }
            return new ConflictDetector(new JpaMeetings(em), new JpaCentreClosures(em))
                    .conflictsOf(session, List.of(times));
        });
    }

    private static void nothing(EntityManager em) {
    }

    private static Set<ConflictKind> kinds(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::kind).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aFreeRoomAtAFreeTimeWithAQualifiedAvailableTrainerHasNoConflict() {
        assertEquals(List.of(), conflicts("DIG-NET-01", "DIGITALCITY", "D-LAB", 16, List.of("AMINA"),
                ConflictDetectorTest::nothing, at("2027-10-04", "13:30", "16:00"), at("2027-10-06", "09:00", "12:30")));
    }

    @Test
    void roomDoubleBooked() {
        List<Conflict> conflicts = conflicts("DIG-NET-01", "DIGITALCITY", "D-LAB", 12, List.of(),
                ConflictDetectorTest::nothing, at("2027-10-04", "12:00", "13:00"), at("2027-10-05", "09:00", "12:30"));
        assertEquals(1, conflicts.size(), conflicts.toString());
        Conflict clash = conflicts.get(0);
        assertEquals(ConflictKind.ROOM_DOUBLE_BOOKED, clash.kind());
        assertEquals(at("2027-10-04", "12:00", "13:00"), clash.meeting());
        assertEquals(bookedSession, clash.otherSessionId());
        assertEquals(List.of("D-LAB", "DIG-NET-01", LocalTime.of(9, 0), LocalTime.of(12, 30)), clash.arguments());
    }

    @Test
    void aCancelledMeetingOrSessionHoldsNothing() {
        List<Conflict> conflicts = conflicts("DIG-NET-01", "DIGITALCITY", "D-LAB", 12, List.of(), em -> {
            CourseSession booked = em.find(CourseSession.class, bookedSession);
            new JpaMeetings(em).ofSession(bookedSession).get(0).cancel("Formateur malade");
            assertEquals(SessionStatus.PLANNED, booked.status());
        }, at("2027-10-04", "09:00", "12:30"));
        assertEquals(List.of(), conflicts);
        List<Conflict> afterCancellation = conflicts("DIG-NET-01", "DIGITALCITY", "D-LAB", 12, List.of(),
                em -> em.find(CourseSession.class, bookedSession).moveTo(SessionStatus.CANCELLED),
                at("2027-10-11", "09:00", "12:30"));
        assertEquals(List.of(), afterCancellation);
    }

    @Test
    void trainerDoubleBookedAcrossCentres() {
        List<Conflict> conflicts = conflicts("DIG-OFF-01", "TECHNICITY", "T-C11", 12, List.of("AMINA"),
                em -> em.createQuery("select t from Trainer t where t.code = 'AMINA'", Trainer.class)
                        .getSingleResult().qualifyFor(em.createQuery(
                                "select c from Course c where c.code = 'DIG-OFF-01'", Course.class).getSingleResult()),
                at("2027-10-11", "10:00", "11:00"));
        assertEquals(Set.of(ConflictKind.TRAINER_DOUBLE_BOOKED), kinds(conflicts), conflicts.toString());
        assertEquals(List.of("Amina B.", "DIGITALCITY", LocalTime.of(9, 0), LocalTime.of(12, 30)),
                conflicts.get(0).arguments());
        assertEquals(bookedSession, conflicts.get(0).otherSessionId());
    }

    @Test
    void trainerUnavailableWhenAbsentOrOutsideTheirHours() {
        List<Conflict> conflicts = conflicts("DIG-NET-01", "DIGITALCITY", "D-LAB", 12, List.of("AMINA"),
                em -> em.createQuery("select t from Trainer t where t.code = 'AMINA'", Trainer.class)
                        .getSingleResult().absent(new DateRange(LocalDate.parse("2027-10-13"),
                                LocalDate.parse("2027-10-13"))),
                at("2027-10-13", "09:00", "12:30"), at("2027-10-18", "16:00", "18:00"),
                at("2027-10-20", "09:00", "12:30"));
        assertEquals(List.of(at("2027-10-13", "09:00", "12:30"), at("2027-10-18", "16:00", "18:00")),
                conflicts.stream().map(Conflict::meeting).toList());
        assertEquals(Set.of(ConflictKind.TRAINER_UNAVAILABLE), kinds(conflicts));
    }

    @Test
    void trainerNotQualified() {
        List<Conflict> conflicts = conflicts("DIG-NET-01", "DIGITALCITY", "D-LAB", 12, List.of("PIETER"),
                ConflictDetectorTest::nothing, at("2027-10-06", "09:00", "12:30"));
        assertEquals(Set.of(ConflictKind.TRAINER_NOT_QUALIFIED), kinds(conflicts));
        assertEquals(List.of("Pieter V.", "DIG-NET-01"), conflicts.get(0).arguments());
    }

    @Test
    void roomTooSmall() {
        List<Conflict> conflicts = conflicts("DIG-NET-01", "DIGITALCITY", "D-LAB", 20, List.of(),
                ConflictDetectorTest::nothing, at("2027-10-06", "09:00", "12:30"));
        assertEquals(Set.of(ConflictKind.ROOM_TOO_SMALL), kinds(conflicts));
        assertEquals(List.of("D-LAB", 14, 16), conflicts.get(0).arguments());
    }

    @Test
    void closedDayForAPublicHolidayAndForTheCentresOwnClosure() {
        List<Conflict> conflicts = conflicts("DIG-NET-01", "DIGITALCITY", "D-LAB", 12, List.of(),
                em -> new JpaCentreClosures(em).add(new CentreClosure(Fixtures.centre(em, "DIGITALCITY"),
                        new DateRange(LocalDate.parse("2027-11-17"), LocalDate.parse("2027-11-19")),
                        ClosureKind.BUILDING_CLOSURE, "Déménagement du labo")),
                at("2027-11-11", "09:00", "12:30"), at("2027-11-18", "09:00", "12:30"),
                at("2027-11-24", "09:00", "12:30"));
        assertEquals(Set.of(ConflictKind.CLOSED_DAY), kinds(conflicts));
        assertEquals(List.of(LocalDate.parse("2027-11-11"), PublicHoliday.ARMISTICE), conflicts.get(0).arguments());
        assertEquals(List.of(LocalDate.parse("2027-11-18"), "Déménagement du labo"), conflicts.get(1).arguments());
        assertEquals(2, conflicts.size());
    }

    @Test
    void roomUnsuitableWhenItsTypeOrEquipmentIsNotWhatTheCourseNeeds() {
        List<Conflict> conflicts = conflicts("DIG-NET-01", "DIGITALCITY", "D-201", 12, List.of(),
                ConflictDetectorTest::nothing, at("2027-10-06", "09:00", "12:30"));
        assertEquals(Set.of(ConflictKind.ROOM_UNSUITABLE), kinds(conflicts));
        assertEquals(List.of("D-201", "DIG-NET-01", RoomType.LAB, "CISCO lab"), conflicts.get(0).arguments());
    }

    /**
     * Conflicts that stored meetings have now (a closure decided after the meetings were planned, meetings
     * stored before the checks existed): listed per meeting, the other session named, in few queries.
     */
    @Test
    void findsTheConflictsStoredMeetingsHaveNow() {
        long[] ids = database.inTransaction(em -> {
            Room lab = em.find(CourseSession.class, bookedSession).room();
            Trainer pieter = em.createQuery("select t from Trainer t where t.code = 'PIETER'", Trainer.class)
                    .getSingleResult();
            Trainer amina = em.createQuery("select t from Trainer t where t.code = 'AMINA'", Trainer.class)
                    .getSingleResult();
            Course networking = em.find(CourseSession.class, bookedSession).course();
            CourseSession squatter = new CourseSession(networking, lab.centre(), lab, AUTUMN, 10, Language.NL);
            squatter.assignTrainers(List.of(pieter));
            Room elsewhere = em.createQuery("select r from Room r where r.code = 'T-C11'", Room.class).getSingleResult();
            CourseSession technicity = new CourseSession(networking, elsewhere.centre(), elsewhere, AUTUMN, 10,
                    Language.FR);
            technicity.assignTrainers(List.of(amina));
            em.persist(squatter);
            em.persist(technicity);
            em.flush();
            Meeting cancelled = new Meeting(squatter, at("2027-10-11", "09:00", "10:00"));
            cancelled.cancel("Annulée");
            new JpaMeetings(em).addAll(List.of(new Meeting(squatter, at("2027-10-04", "10:00", "11:00")), cancelled,
                    new Meeting(technicity, at("2027-10-11", "12:00", "14:00"))));
            new JpaCentreClosures(em).add(new CentreClosure(lab.centre(),
                    new DateRange(LocalDate.parse("2027-10-11"), LocalDate.parse("2027-10-11")),
                    ClosureKind.BUILDING_CLOSURE, "Panne de chauffage"));
            return new long[] {squatter.id(), technicity.id()};
        });
        long squatter = ids[0];
        long technicity = ids[1];

        List<String> found = database.inTransaction(em -> {
            JpaMeetings meetings = new JpaMeetings(em);
            return new ConflictDetector(meetings, new JpaCentreClosures(em))
                    .conflictsAmong(meetings.ofCentreDuring("DIGITALCITY", AUTUMN), AUTUMN).stream()
                    .map(f -> f.meeting().time().date() + " " + f.session().id() + " " + f.conflict().kind()
                            + " " + f.conflict().otherSessionId() + " " + f.sessionWide())
                    .toList();
        });

        assertEquals(List.of(
                "2027-10-04 " + bookedSession + " ROOM_DOUBLE_BOOKED " + squatter + " false",
                "2027-10-04 " + squatter + " ROOM_DOUBLE_BOOKED " + bookedSession + " false",
                "2027-10-04 " + squatter + " TRAINER_NOT_QUALIFIED null true",
                "2027-10-11 " + bookedSession + " TRAINER_DOUBLE_BOOKED " + technicity + " false",
                "2027-10-11 " + bookedSession + " CLOSED_DAY null false"), found);
    }
}
