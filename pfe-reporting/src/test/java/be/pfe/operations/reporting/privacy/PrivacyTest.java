package be.pfe.operations.reporting.privacy;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.attendance.JpaAttendanceSheets;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.privacy.ErasureDecision;
import be.pfe.operations.domain.privacy.LearnerErasure;
import be.pfe.operations.domain.privacy.PrivacyLog;
import be.pfe.operations.domain.privacy.Pseudonymisation;
import be.pfe.operations.domain.privacy.PseudonymisationJob;
import be.pfe.operations.domain.privacy.PseudonymisationRun;
import be.pfe.operations.domain.privacy.RetainedRecordKind;
import be.pfe.operations.domain.privacy.RetentionSettings;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;
import be.pfe.operations.domain.validation.ValidationCandidate;
import be.pfe.operations.domain.validation.ValidationResult;
import be.pfe.operations.reporting.occupancy.Occupancy;
import be.pfe.operations.reporting.occupancy.OccupancyDimension;
import be.pfe.operations.reporting.occupancy.OccupancyQuery;
import be.pfe.operations.reporting.occupancy.OccupancyReport;
import be.pfe.operations.reporting.seats.SeatsOffered;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data on hand-built learners of 2047: the pseudonymisation job leaves every figure as it was, removes the
 * identities whose retention passed and only those, changes nothing when run again; the subject-access export
 * (dossier and PDF read back with pdftotext); erasure allowed or refused by its rule; everything logged.
 */
class PrivacyTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();
    private static final Step APPLIED = new Step("desk", OffsetDateTime.of(2047, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC), null);
    private static final LocalDate REGISTERED = LocalDate.of(2047, 1, 5);
    private static final String NISS = "85073003328";

    private long trained;      // completed a training, attended, screened, passed a validation (certificate)
    private long droppedOut;   // dropped out in April, then a completed placement with a visit
    private long stillEnrolled;
    private long inPlacement;  // a placement still running

    @BeforeEach
    void learnersOf2047() {
        DATABASE.deleteOperationalData();
        DATABASE.transact(em -> {
            Course network = Fixtures.course(em, "PRIV-NET-2047");
            Course welding = Fixtures.course(em, "PRIV-WELD-2047");
            Course unit = Course.validationUnit("PRIV-VAL-2047", new LocalizedText("Câbler un réseau", "Een netwerk bekabelen",
                    "Cable a network"), Sector.DIGITAL, 4, Fixtures.partner(em, "BRUXELLES_FORMATION"), "Network technician");
            em.persist(unit);
            long actiris = Fixtures.partner(em, "ACTIRIS").id();
            CourseSession winter = session(em, network, "DIGITALCITY", "2047-01-10", "2047-03-31", 10);
            CourseSession spring = session(em, welding, "TECHNICITY", "2047-02-01", "2047-06-30", 8);
            CourseSession validation = session(em, unit, "DIGITALCITY", "2047-04-15", "2047-04-15", 6);
            em.flush();
            em.createNativeQuery("insert into session_seat_plan (session_id) values (?)").setParameter(1, winter.id())
                    .executeUpdate();
            em.createNativeQuery("insert into session_seat_quota (session_id, partner_id, seats) values (?, ?, 4)")
                    .setParameter(1, winter.id()).setParameter(2, actiris).executeUpdate();

            Learner ana = learner(em, "Dupont", LocalDate.of(1985, 7, 30), EntryStatus.JOBSEEKER_ACTIRIS, NISS);
            Learner bram = learner(em, "Peeters", LocalDate.of(2024, 3, 3), EntryStatus.JOBSEEKER_ACTIRIS, null);
            Learner chloe = learner(em, "Martin", LocalDate.of(1990, 9, 9), EntryStatus.WORKER, null);
            Learner dirk = learner(em, "Janssens", LocalDate.of(1988, 8, 8), EntryStatus.WORKER_AT_RISK, null);
            trained = ana.id();
            droppedOut = bram.id();
            stillEnrolled = chloe.id();
            inPlacement = dirk.id();

            Enrolment anaWinter = seated(em, ana, winter, actiris, Seat.ofQuota(actiris));
            anaWinter.enrol(ana, APPLIED);
            anaWinter.complete(new Step("desk", OffsetDateTime.of(2047, 3, 31, 16, 0, 0, 0, ZoneOffset.UTC), null));
            Enrolment bramSpring = seated(em, bram, spring, null, Seat.POOL);
            bramSpring.dropOut(LocalDate.of(2047, 4, 10), new Step("desk", APPLIED.at().plusMonths(3), "found a job"));
            seated(em, chloe, spring, null, Seat.POOL);
            Enrolment dirkWinter = seated(em, dirk, winter, null, Seat.POOL);
            dirkWinter.enrol(dirk, APPLIED);
            dirkWinter.complete(new Step("desk", OffsetDateTime.of(2047, 3, 31, 16, 0, 0, 0, ZoneOffset.UTC), null));
            em.flush();

            Meeting january = meeting(em, winter, "2047-01-11");
            Meeting march = meeting(em, spring, "2047-03-02");
            em.flush();
            JpaAttendanceSheets sheets = new JpaAttendanceSheets(em);
            sheets.record(january.id(), Map.of(anaWinter.id(), AttendanceMark.PRESENT, dirkWinter.id(), AttendanceMark.LATE),
                    "trainer", APPLIED.at());
            sheets.record(march.id(), Map.of(bramSpring.id(), AttendanceMark.PRESENT), "trainer", APPLIED.at());

            ValidationCandidate candidate = new ValidationCandidate(validation.id(), ana.id(), "staff");
            em.persist(candidate);
            candidate.record(ValidationResult.PASSED, "DIGITALCITY-2047-00001", LocalDate.of(2047, 4, 15),
                    LocalDate.of(2047, 4, 15), LocalDate.of(2047, 4, 16), "assessor");

            long company = ((Number) em.createNativeQuery("""
                    insert into company (enterprise_number, name, sector) values ('0403170701', 'Atelier Bruxellois', 'TECHNOLOGY')
                    returning id""").getSingleResult()).longValue();
            long placement = placement(em, bram.id(), company, "2047-05-02", "2047-08-31", "COMPLETED");
            em.createNativeQuery("""
                    insert into placement_visit (placement_id, visit_date, visited_by, notes, recorded_by)
                    values (?, date '2047-06-15', 'Coach C.', 'Bram is doing well with the welding', 'coach')""")
                    .setParameter(1, placement).executeUpdate();
            placement(em, dirk.id(), company, "2047-05-02", "2049-08-31", "RUNNING");
            em.createNativeQuery("""
                    insert into screening (learner_id, centre_id, occupation, screened_on, assessor, tests_taken, result,
                                           recommendation, recorded_by)
                    values (?, (select id from centre where code = 'DIGITALCITY'), 'Network technician',
                            date '2047-01-06', 'Assessor S.', 'logic test', 'good reasoning', 'ADMIT', 'staff')""")
                    .setParameter(1, ana.id()).executeUpdate();
        });
    }

    private static long placement(EntityManager em, long learner, long company, String start, String end, String status) {
        return ((Number) em.createNativeQuery("""
                        insert into placement (learner_id, company_id, centre_id, placement_type, start_date, end_date,
                                               hours, workplace_tutor, status, recorded_by)
                        values (?, ?, (select id from centre where code = 'TECHNICITY'), 'WORK_EXPERIENCE',
                                cast(? as date), cast(? as date), 300, 'Tutor T.', ?, 'staff')
                        returning id""")
                .setParameter(1, learner).setParameter(2, company).setParameter(3, start).setParameter(4, end)
                .setParameter(5, status).getSingleResult()).longValue();
    }

    private static CourseSession session(EntityManager em, Course course, String centre, String start, String end, int seats) {
        CourseSession session = new CourseSession(course, Fixtures.centre(em, centre), null,
                new DateRange(LocalDate.parse(start), LocalDate.parse(end)), seats, Language.FR);
        em.persist(session);
        return session;
    }

    private static Learner learner(EntityManager em, String name, LocalDate birth, EntryStatus status, String niss) {
        Learner learner = new Learner(new LearnerDetails(name, "Test", birth, name.toLowerCase() + "@example.be",
                "+32 2 555 01 01", Language.FR, status, EducationLevel.LOWER_SECONDARY, niss), REGISTERED);
        em.persist(learner);
        em.flush();
        return learner;
    }

    private static Enrolment seated(EntityManager em, Learner learner, CourseSession session, Long partner, Seat seat) {
        return Fixtures.seated(em, learner, session, partner, seat, APPLIED);
    }

    private static Meeting meeting(EntityManager em, CourseSession session, String day) {
        Meeting meeting = new Meeting(session, new MeetingTime(LocalDate.parse(day), LocalTime.of(9, 0), LocalTime.of(12, 30)));
        em.persist(meeting);
        return meeting;
    }

    private static Clock on(String day) {
        ZoneId brussels = Clocks.BRUSSELS;
        return Clock.fixed(LocalDate.parse(day).atTime(3, 0).atZone(brussels).toInstant(), brussels);
    }

    private static PseudonymisationRun runJob(Clock clock) {
        return new PseudonymisationJob(new PseudonymisationJob.Steps() {
            @Override
            public <T> T call(Function<Pseudonymisation, T> work) {
                return DATABASE.inTransaction(em -> work.apply(new Pseudonymisation(em, clock)));
            }
        }).run("admin", false);
    }

    /** Every figure the reports give for 2047, by each dimension, and the seats offered. */
    private static String figures() {
        return DATABASE.inTransaction(em -> {
            StringBuilder all = new StringBuilder();
            for (OccupancyDimension by : OccupancyDimension.values()) {
                OccupancyReport report = new Occupancy(em).report(OccupancyQuery.of(Year.of(2047), by));
                all.append(by).append(report.figures()).append(report.total()).append('\n');
            }
            all.append(new SeatsOffered(em).forYear(Year.of(2047)).centres());
            return all.toString();
        });
    }

    private static Object[] identity(long learner) {
        return (Object[]) DATABASE.inTransaction(em -> em.createNativeQuery("""
                select family_name, given_name, birth_date, niss, email, phone, pseudonymised_at is not null
                from learner where id = ?""").setParameter(1, learner).getSingleResult());
    }

    @Test
    void theNightlyRunStartsOnceAcrossInstances() {
        // every instance of a cluster fires the nightly schedule: the first one starts tonight's run, the others
        // (even once it has finished) are refused; the next night's run starts, and an administrator may run it anytime
        Clock night = Clock.fixed(LocalDate.parse("2049-06-01").atTime(2, 30).atZone(Clocks.BRUSSELS).toInstant(),
                Clocks.BRUSSELS);
        Clock moments = Clock.offset(night, java.time.Duration.ofSeconds(40));
        Clock nextNight = Clock.offset(night, java.time.Duration.ofDays(1));
        PseudonymisationRun first = DATABASE.inTransaction(em -> new Pseudonymisation(em, night).start("schedule", true));
        DATABASE.inTransaction(em -> new Pseudonymisation(em, night).finish(first.id(), false, 0, "schedule"));
        BusinessRuleException second = assertThrows(BusinessRuleException.class, () -> DATABASE.inTransaction(em ->
                new Pseudonymisation(em, moments).start("schedule", true)));
        assertEquals("privacy.run.alreadyRunning", second.messageKey());
        PseudonymisationRun byHand = DATABASE.inTransaction(em -> new Pseudonymisation(em, moments).start("admin", false));
        DATABASE.inTransaction(em -> new Pseudonymisation(em, moments).finish(byHand.id(), false, 0, "admin"));
        PseudonymisationRun tomorrow = DATABASE.inTransaction(em -> new Pseudonymisation(em, nextNight).start("schedule", true));
        DATABASE.inTransaction(em -> new Pseudonymisation(em, nextNight).finish(tomorrow.id(), false, 0, "schedule"));
        assertTrue(tomorrow.id() > first.id());
    }

    @Test
    void validationSessionsAreNoTrainingInTheFigures() {
        OccupancyReport centres = DATABASE.inTransaction(em -> new Occupancy(em).report(
                OccupancyQuery.of(Year.of(2047), OccupancyDimension.CENTRE)));
        assertEquals(18L, centres.total().seatsOffered(), "10 + 8 training seats; the validation's 6 are not training");
        assertEquals(4, centres.total().seatsOccupied());
        assertEquals(18L, (long) DATABASE.inTransaction(em -> new SeatsOffered(em).forYear(Year.of(2047)).centres().stream()
                .mapToLong(c -> c.seats()).sum()));
    }

    @Test
    void theJobKeepsEveryFigureRemovesIdentitiesPastRetentionOnlyAndChangesNothingWhenRunAgain() {
        String before = figures();

        // 1 January 2053: more than five years after the drop-out, the placement and the attendance of April-August
        // 2047; the certificate of April 2047 is kept ten years; open enrolments and placements keep their learners
        PseudonymisationRun first = runJob(on("2053-01-01"));
        assertEquals("DONE", first.status());
        assertEquals(1, first.learnersDue());
        assertEquals(1, first.learnersDone());
        Object[] bram = identity(droppedOut);
        assertEquals("Learner", bram[0]);
        assertEquals(Pseudonymisation.pseudonym(droppedOut), bram[1]);
        assertEquals(LocalDate.of(2024, 1, 1), ((java.sql.Date) bram[2]).toLocalDate(), "the birth year only");
        assertNull(bram[3]);
        assertNull(bram[4]);
        assertNull(bram[5]);
        assertEquals("Dupont", identity(trained)[0], "certificate still within its retention");
        assertEquals(NISS, identity(trained)[3]);
        assertEquals("Martin", identity(stillEnrolled)[0]);
        assertEquals(before, figures(), "every figure unchanged");
        assertNull(DATABASE.inTransaction(em -> em.createNativeQuery(
                "select v.notes from placement_visit v join placement p on p.id = v.placement_id where p.learner_id = ?")
                .setParameter(1, droppedOut).getSingleResult()), "free-text notes cleared");

        PseudonymisationRun again = runJob(on("2053-01-01"));
        assertEquals(0, again.learnersDone(), "idempotent");
        assertEquals(Pseudonymisation.pseudonym(droppedOut), identity(droppedOut)[1]);

        PseudonymisationRun later = runJob(on("2058-01-01"));
        assertEquals(1, later.learnersDone(), "the certificate's ten years have passed too");
        assertEquals("Learner", identity(trained)[0]);
        assertNull(identity(trained)[3]);
        assertEquals("Martin", identity(stillEnrolled)[0], "an open enrolment keeps the learner identified");
        assertEquals("Janssens", identity(inPlacement)[0], "so does a running placement");
        assertEquals(before, figures(), "every figure unchanged");

        assertEquals(3L, DATABASE.count("privacy_action where action = 'PSEUDONYMISATION_RUN'"));
        assertEquals(3L, DATABASE.count("audit_event where action = 'PSEUDONYMISATION_RUN'"));
        assertEquals(0L, DATABASE.count("audit_event where detail like '%Dupont%' or subject like '%Dupont%'"));
    }

    @Test
    void aLongerRetentionKeepsTheLearnerAndAChangeIsRecorded() {
        DATABASE.transact(em -> new RetentionSettings(em, new PrivacyLog(em)).change(Map.of(RetainedRecordKind.PLACEMENT, 120),
                "admin"));
        try {
            assertEquals(0, runJob(on("2053-01-01")).learnersDone(), "the placement of 2047 is now kept ten years");
            assertEquals("Peeters", identity(droppedOut)[0]);
            assertEquals(1L, DATABASE.count("privacy_action where action = 'RETENTION_CHANGED' and detail = 'PLACEMENT: 60 -> 120'"));
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> DATABASE.transact(em ->
                    new RetentionSettings(em, new PrivacyLog(em)).change(Map.of(RetainedRecordKind.SCREENING, 0), "admin")));
            assertEquals("privacy.retention.monthsInvalid", refused.messageKey());
        } finally {
            DATABASE.execute("update retention_policy set months = 60 where record_kind = 'PLACEMENT'");
        }
    }

    private static ErasureDecision erase(long learner, String today) {
        return DATABASE.inTransaction(em -> new LearnerErasure(em, new Pseudonymisation(em, on(today)), new PrivacyLog(em))
                .erase(learner, "admin"));
    }

    @Test
    void erasureIsRefusedWhileTheLawKeepsTheRecordsAndDoneAtOnceOtherwise() {
        assertEquals("privacy.erasure.openEnrolment", erase(stillEnrolled, "2048-01-01").refusalKey());
        assertEquals("privacy.erasure.openPlacement", erase(inPlacement, "2048-01-01").refusalKey());
        ErasureDecision certificate = erase(trained, "2048-01-01");
        assertEquals("privacy.erasure.certificateRetained", certificate.refusalKey());
        assertEquals(LocalDate.of(2057, 4, 15), certificate.arguments()[0]);
        BusinessRuleException shown = assertThrows(BusinessRuleException.class, certificate::orThrow);
        assertEquals("privacy.erasure.certificateRetained", shown.messageKey());
        assertEquals("Dupont", identity(trained)[0]);

        String before = figures();
        assertTrue(erase(droppedOut, "2048-01-01").erased(), "nothing open, no certificate: pseudonymised at once");
        assertEquals("Learner", identity(droppedOut)[0]);
        assertEquals(before, figures());
        assertEquals("privacy.erasure.alreadyPseudonymised", erase(droppedOut, "2048-01-01").refusalKey());

        assertEquals(4L, DATABASE.count("privacy_action where action = 'ERASURE_REFUSED'"));
        assertEquals(1L, DATABASE.count("privacy_action where action = 'ERASURE' and learner_id = " + droppedOut));
        assertEquals(1L, DATABASE.count("audit_event where action = 'LEARNER_ERASED' and subject = 'learner " + droppedOut + "'"));
    }

    @Test
    void theExportHoldsEverythingOnTheLearnerAndItsPdfReadsBack() throws IOException, InterruptedException {
        LearnerDossier ana = DATABASE.inTransaction(em -> new SubjectAccess(em).dossierOf(trained, Language.FR, "admin"));
        assertEquals("Dupont", ana.identity().familyName());
        assertEquals("85.07.30-033.28", ana.identity().nationalRegisterNumber());
        assertEquals("dupont@example.be", ana.identity().email());
        assertEquals(1, ana.enrolments().size());
        LearnerDossier.EnrolmentEntry enrolment = ana.enrolments().get(0);
        assertEquals("COMPLETED", enrolment.status());
        assertEquals("ACTIRIS", enrolment.partner());
        assertEquals(List.of("APPLIED", "SCREENED", "ADMITTED", "ENROLLED", "COMPLETED"),
                enrolment.history().stream().map(LearnerDossier.TransitionEntry::toStatus).toList());
        assertEquals(1, ana.attendance().size());
        assertEquals("PRESENT", ana.attendance().get(0).mark());
        assertEquals(1, ana.screenings().size());
        assertEquals("ADMIT", ana.screenings().get(0).recommendation());
        assertEquals(1, ana.validations().size());
        assertEquals("DIGITALCITY-2047-00001", ana.validations().get(0).certificateNumber());
        assertEquals("Câbler un réseau", ana.validations().get(0).unitTitle());
        assertEquals(List.of(), ana.placements());

        LearnerDossier bram = DATABASE.inTransaction(em -> new SubjectAccess(em).dossierOf(droppedOut, Language.NL, "admin"));
        assertEquals(1, bram.placements().size());
        assertEquals("0403.170.701", bram.placements().get(0).enterpriseNumber());
        assertEquals("Bram is doing well with the welding", bram.placements().get(0).visits().get(0).notes());
        assertEquals("DROPPED_OUT", bram.enrolments().get(0).status());
        assertEquals("found a job", bram.enrolments().get(0).history().get(3).reason());

        Map<String, String> french = Map.of("privacy.pdf.title", "Données personnelles de l'apprenant",
                "privacy.pdf.identity", "Identité", "privacy.pdf.enrolments", "Inscriptions",
                "privacy.pdf.validations", "Validations et titres de compétence", "privacy.pdf.niss",
                "Numéro de registre national", "EnrolmentStatus.COMPLETED", "Terminée",
                "privacy.pdf.placements", "Stages en entreprise", "privacy.pdf.none", "Aucun");
        byte[] pdf = new DossierPdf(french::get, java.util.Locale.forLanguageTag("fr-BE")).write(ana);
        String text = pdftotext(pdf);
        for (String expected : List.of("Données personnelles de l'apprenant " + trained, "Identité", "Inscriptions",
                "Numéro de registre national", "85.07.30-033.28", "Dupont", "Terminée", "PRIV-NET-2047",
                "Validations et titres de compétence", "DIGITALCITY-2047-00001", "Câbler un réseau",
                "Stages en entreprise", "Aucun", "Network technician")) {
            assertTrue(text.contains(expected), () -> "the PDF should show " + expected + " in:\n" + text);
        }
        assertFalse(text.contains("privacy.pdf.identity"));
    }

    private static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("dossier", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-raw", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), text);
            return text.replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
