package be.pfe.operations.domain.catalogue;

import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.calendar.ClosureKind;
import be.pfe.operations.domain.calendar.JpaCentreClosures;
import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.course.CourseCatalogue;
import be.pfe.operations.domain.course.CourseDetails;
import be.pfe.operations.domain.course.CourseKind;
import be.pfe.operations.domain.course.JpaCourses;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.partner.JpaPartnerOrganisations;
import be.pfe.operations.domain.room.JpaRooms;
import be.pfe.operations.domain.room.Premises;
import be.pfe.operations.domain.room.RoomInput;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.StaleVersionException;
import be.pfe.operations.domain.trainer.JpaTrainers;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.domain.trainer.TrainerInput;
import be.pfe.operations.domain.trainer.TrainerRegister;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue, rooms and trainers kept on the real PostgreSQL: codes, retirement, seats, availability, who. */
class CatalogueEditingTest {

    private static final Actor TECHNICITY = new Actor("staff.technicity", "Staff",
            List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "TECHNICITY")));
    private static final Actor DIGITALCITY = new Actor("staff.digitalcity", "Staff",
            List.of(RoleGrant.forCentre(Role.CENTRE_STAFF, "DIGITALCITY")));

    private final TestDatabase database = TestDatabase.shared();

    @BeforeEach
    void empty() {
        database.deleteOperationalData();
    }

    private static CourseCatalogue catalogue(EntityManager em) {
        return new CourseCatalogue(new JpaCourses(em), new JpaPartnerOrganisations(em), new JpaTrainers(em));
    }

    private static TrainerRegister trainers(EntityManager em) {
        return new TrainerRegister(new JpaTrainers(em), new JpaCentres(em), new JpaCourses(em),
                new JpaPartnerOrganisations(em));
    }

    private static Premises premises(EntityManager em) {
        return new Premises(new JpaCentres(em), new JpaRooms(em), new JpaCentreClosures(em));
    }

    private static CourseDetails welding(String code, List<String> trainers) {
        return new CourseDetails(code, "Soudure TIG", "TIG-lassen", "TIG welding", CourseKind.TRAINING, null,
                Sector.TECHNOLOGY_INDUSTRY, "BRUXELLES_FORMATION", Language.NL, 400, true,
                List.of(TargetGroup.JOBSEEKER, TargetGroup.YOUNG), RoomType.WORKSHOP, List.of("TIG booth "),
                trainers);
    }

    private static TrainerInput trainer(String code, List<String> centres, List<TrainerInput.Availability> times) {
        return new TrainerInput(code, "Marc Lenoir", "BRUXELLES_FORMATION", centres, List.of(), times, List.of());
    }

    private static TrainerInput.Availability slot(DayOfWeek day, String start, String end) {
        return new TrainerInput.Availability(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void aCourseIsCreatedWithEverythingItNeedsAndItsCodeIsUnique() {
        database.transact(em -> trainers(em).create(TECHNICITY, trainer("TR-1", List.of("TECHNICITY"), List.of())));
        database.transact(em -> catalogue(em).create(TECHNICITY, welding("TEC-TIG-01", List.of("TR-1"))));
        database.transact(em -> {
            Course read = new JpaCourses(em).byCode("TEC-TIG-01").orElseThrow();
            assertEquals("TIG-lassen", read.title().nl());
            assertEquals(Language.NL, read.teachingLanguage());
            assertEquals(Set.of(TargetGroup.JOBSEEKER, TargetGroup.YOUNG), read.targetGroups());
            assertEquals(Set.of("TIG booth"), read.requiredEquipment());
            assertEquals(RoomType.WORKSHOP, read.requiredRoomType());
            assertEquals(List.of("TR-1"), new JpaTrainers(em).qualifiedFor("TEC-TIG-01").stream().map(Trainer::code)
                    .toList());
        });
        ClashException twice = assertThrows(ClashException.class, () -> database.transact(em ->
                catalogue(em).create(DIGITALCITY, welding("TEC-TIG-01", List.of()))));
        assertEquals("course.code.taken", twice.messageKey());
        assertEquals(1L, database.count("course"));
    }

    @Test
    void aChangeFromAnOlderVersionIsRefusedAndARetiredCourseKeepsItsRowButChangesNoMore() {
        database.transact(em -> catalogue(em).create(TECHNICITY, welding("TEC-TIG-01", List.of())));
        long version = database.inTransaction(em -> new JpaCourses(em).byCode("TEC-TIG-01").orElseThrow().version());
        CourseDetails longer = new CourseDetails("TEC-TIG-01", "Soudure TIG", "TIG-lassen", "TIG welding",
                CourseKind.TRAINING, null, Sector.TECHNOLOGY_INDUSTRY, "BRUXELLES_FORMATION", Language.FR, 450, true,
                List.of(), null, List.of(), List.of());
        database.transact(em -> catalogue(em).change(TECHNICITY, "TEC-TIG-01", version, longer));
        database.transact(em -> assertEquals(450, new JpaCourses(em).byCode("TEC-TIG-01").orElseThrow()
                .durationHours()));
        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> database.transact(em ->
                catalogue(em).change(TECHNICITY, "TEC-TIG-01", version, welding("TEC-TIG-01", List.of()))));
        assertEquals(version + 1, stale.currentVersion());

        database.transact(em -> catalogue(em).retire(DIGITALCITY, "TEC-TIG-01", null, LocalDate.of(2046, 3, 2)));
        database.transact(em -> {
            Course retired = new JpaCourses(em).byCode("TEC-TIG-01").orElseThrow();
            assertTrue(retired.isRetired());
            assertEquals("staff.digitalcity", retired.retiredBy());
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> retired.requirePlannable("course"));
            assertEquals("course.retired.notPlannable", refused.messageKey());
        });
        BusinessRuleException again = assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                catalogue(em).retire(TECHNICITY, "TEC-TIG-01", null, LocalDate.of(2046, 3, 3))));
        assertEquals("course.retired", again.messageKey());
        assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                catalogue(em).change(TECHNICITY, "TEC-TIG-01", null, welding("TEC-TIG-01", List.of()))));
        assertEquals(1L, database.count("course"));
    }

    @Test
    void roomsHaveUniqueCodesInTheirCentreAndAWholePositiveNumberOfSeats() {
        database.transact(em -> premises(em).createRoom("TECHNICITY",
                new RoomInput("T-B01", "Atelier B", RoomType.WORKSHOP, 12, List.of("welding booth"))));
        ClashException taken = assertThrows(ClashException.class, () -> database.transact(em -> premises(em)
                .createRoom("TECHNICITY", new RoomInput("T-B01", "Autre", RoomType.CLASSROOM, 10, List.of()))));
        assertEquals("room.code.taken", taken.messageKey());
        for (Integer seats : new Integer[] {0, -3, 1001, null}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                    premises(em).changeRoom("TECHNICITY", "T-B01", null,
                            new RoomInput("T-B01", "Atelier B", RoomType.WORKSHOP, seats, List.of()))));
            assertEquals("seatCapacity", refused.field(), "seats " + seats);
        }
        // the same code in another centre is another room
        database.transact(em -> premises(em).createRoom("DIGITALCITY",
                new RoomInput("T-B01", "Classe", RoomType.CLASSROOM, 20, List.of())));
        long roomVersion = database.inTransaction(em -> new JpaRooms(em).byCode("TECHNICITY", "T-B01").orElseThrow()
                .version());
        database.transact(em -> premises(em).changeRoom("TECHNICITY", "T-B01", roomVersion,
                new RoomInput(null, "Atelier B (rénové)", RoomType.WORKSHOP, 14, List.of("welding booth", "fume hood"))));
        database.transact(em -> {
            var room = new JpaRooms(em).byCode("TECHNICITY", "T-B01").orElseThrow();
            assertEquals(14, room.seatCapacity());
            assertEquals(Set.of("welding booth", "fume hood"), room.equipment());
        });
        assertThrows(StaleVersionException.class, () -> database.transact(em -> premises(em).changeRoom("TECHNICITY",
                "T-B01", roomVersion, new RoomInput(null, "Atelier", RoomType.WORKSHOP, 14, List.of()))));
        assertEquals(2L, database.count("room"));
    }

    @Test
    void aCentreClosureIsAddedOnceAndRemoved() {
        long id = database.inTransaction(em -> premises(em).addClosure("TECHNICITY", LocalDate.of(2046, 9, 27), null,
                ClosureKind.REGIONAL_DAY, "Fête de la Fédération Wallonie-Bruxelles").id());
        assertInstanceOf(ClashException.class, assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                premises(em).addClosure("TECHNICITY", LocalDate.of(2046, 9, 26), LocalDate.of(2046, 9, 28),
                        ClosureKind.OTHER, "Travaux"))));
        database.transact(em -> premises(em).removeClosure("TECHNICITY", id));
        assertEquals(0L, database.count("centre_closure"));
    }

    @Test
    void aTrainersAvailabilityIsValidTimesThatDoNotOverlap() {
        BusinessRuleException backwards = assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                trainers(em).create(TECHNICITY, trainer("TR-2", List.of("TECHNICITY"),
                        List.of(slot(DayOfWeek.MONDAY, "12:00", "09:00"))))));
        assertEquals("slot.endNotAfterStart", backwards.messageKey());
        BusinessRuleException overlap = assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                trainers(em).create(TECHNICITY, trainer("TR-2", List.of("TECHNICITY"),
                        List.of(slot(DayOfWeek.MONDAY, "08:00", "12:00"), slot(DayOfWeek.MONDAY, "11:00", "16:00"))))));
        assertEquals("trainer.availability.overlap", overlap.messageKey());
        assertEquals(0L, database.count("trainer"));

        database.transact(em -> trainers(em).create(TECHNICITY, trainer("TR-2", List.of("TECHNICITY"),
                List.of(slot(DayOfWeek.MONDAY, "08:00", "12:00"), slot(DayOfWeek.MONDAY, "13:00", "16:00"),
                        slot(DayOfWeek.TUESDAY, "08:00", "16:00")))));
        assertEquals(3L, database.count("trainer_availability"));
        ClashException taken = assertThrows(ClashException.class, () -> database.transact(em ->
                trainers(em).create(TECHNICITY, trainer("TR-2", List.of("TECHNICITY"), List.of()))));
        assertEquals("trainer.code.taken", taken.messageKey());
    }

    @Test
    void aTrainerIsChangedByThoseWhoPlanOneOfTheirCentresAndNoCentreIsTakenFromAnother() {
        assertInstanceOf(AccessDeniedException.class, assertThrows(BusinessRuleException.class, () ->
                database.transact(em -> trainers(em).create(TECHNICITY,
                        trainer("TR-3", List.of("TECHNICITY", "DIGITALCITY"), List.of())))));
        database.transact(em -> trainers(em).create(TECHNICITY, trainer("TR-3", List.of("TECHNICITY"), List.of())));
        // Digitalcity's staff do not plan Technicity: they cannot change the trainer
        assertInstanceOf(AccessDeniedException.class, assertThrows(BusinessRuleException.class, () ->
                database.transact(em -> trainers(em).change(DIGITALCITY, "TR-3", null,
                        trainer("TR-3", List.of("TECHNICITY", "DIGITALCITY"), List.of())))));
        // Technicity's staff cannot hand the trainer to Digitalcity
        assertInstanceOf(AccessDeniedException.class, assertThrows(BusinessRuleException.class, () ->
                database.transact(em -> trainers(em).change(TECHNICITY, "TR-3", null,
                        trainer("TR-3", List.of("TECHNICITY", "DIGITALCITY"), List.of())))));
        database.execute("insert into trainer_centre (trainer_id, centre_id) select t.id, c.id from trainer t, centre c"
                + " where t.code = 'TR-3' and c.code = 'DIGITALCITY'");
        database.entityManagerFactory().getCache().evictAll();
        // now a trainer of both: Digitalcity's staff change them, but cannot take Technicity away
        BusinessRuleException notYours = assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                trainers(em).change(DIGITALCITY, "TR-3", null, trainer("TR-3", List.of("DIGITALCITY"), List.of()))));
        assertEquals("trainer.centre.notYours", notYours.messageKey());
        database.transact(em -> trainers(em).change(DIGITALCITY, "TR-3", null,
                new TrainerInput("TR-3", "Marc Lenoir-Dubois", "CEFORA", List.of("TECHNICITY", "DIGITALCITY"),
                        List.of(), List.of(slot(DayOfWeek.FRIDAY, "09:00", "12:00")), List.of(
                        new TrainerInput.Absence(LocalDate.of(2046, 7, 1), LocalDate.of(2046, 7, 31))))));
        database.transact(em -> {
            Trainer read = new JpaTrainers(em).byCode("TR-3").orElseThrow();
            assertEquals("CEFORA", read.partner().code());
            assertEquals(Set.of("TECHNICITY", "DIGITALCITY"), read.centreCodes());
            assertEquals(1, read.absences().size());
            assertFalse(read.availability().isEmpty());
        });
    }
}
