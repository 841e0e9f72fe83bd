package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.enrolment.JpaEnrolments;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.JpaLearners;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.learner.LearnerRegistration;
import be.pfe.operations.domain.partner.JpaPartnerOrganisations;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.seats.Seating;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing learners and their enrolments from partners' files, against the real PostgreSQL (sessions in 2043). */
class LearnerImportTest {

    private static final LocalDate START = LocalDate.of(2043, 3, 2);
    private static final Clock CLOCK = Seating.clockOn(LocalDate.of(2043, 2, 1));
    private static final String HEADER = "familyName;givenName;birthDate;niss;language;entryStatus;educationLevel;session;partner\n";

    private final TestDatabase database = TestDatabase.shared();
    private final Seating seating = new Seating(database, CLOCK);
    private long session;
    private long cancelled;

    @BeforeEach
    void twoSessions() {
        database.deleteOperationalData();
        session = seating.session("IMP-A", 12, START);
        cancelled = seating.session("IMP-B", 12, START);
        database.execute("update course_session set status = 'CANCELLED' where id = " + cancelled);
    }

    /** A valid national register number of someone born on the day (with a 2 in front from 2000 on). */
    static String niss(LocalDate birth, int serial) {
        String nine = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                serial);
        long base = Long.parseLong(nine) + (birth.getYear() >= 2000 ? 2_000_000_000L : 0);
        return nine + "%02d".formatted(97 - base % 97);
    }

    static String badCheckDigits(String niss) {
        return niss.substring(0, 9) + "%02d".formatted(Integer.parseInt(niss.substring(9)) % 97 + 1);
    }

    private LearnerRowStore store(EntityManager em) {
        JpaLearners learners = new JpaLearners(em);
        return new LearnerRowStore(learners, new LearnerRegistration(learners, new JpaCentres(em), CLOCK),
                seating.workflow(em),
                new JpaEnrolments(em), new JpaCourseSessions(em), new JpaPartnerOrganisations(em), CLOCK);
    }

    /** The import with each row's check and write in a transaction of its own, as in the container. */
    private TableImport<LearnerColumn, LearnerRow> learnerImport() {
        return Imports.learners(RowTransactions.eachInItsOwn(database, this::store), CLOCK);
    }

    private String file() {
        return HEADER
                + "Dupont;Marie;12/03/1990;" + niss(LocalDate.of(1990, 3, 12), 41) + ";FR;JOBSEEKER_ACTIRIS;LOWER_SECONDARY;" + session + ";ACTIRIS\n"
                + "Janssens;Pieter;2001-06-01;" + niss(LocalDate.of(2001, 6, 1), 7) + ";NL;jobseeker vdab;upper secondary;" + session + ";\n"
                + "Bad;Number;1985-07-30;" + badCheckDigits(niss(LocalDate.of(1985, 7, 30), 33)) + ";FR;WORKER;HIGHER;" + session + ";\n"
                + "Nowhere;Session;1980-01-01;;FR;WORKER;HIGHER;987654;\n"
                + "Bad;Date;31/02/1990;;FR;WORKER;HIGHER;" + session + ";\n"
                + ";Nameless;1990-01-01;;FR;WORKER;HIGHER;" + session + ";\n"
                + "Odd;Values;1990-01-01;;DE;PILOT;HIGHER;" + session + ";NOBODY\n"
                + "Closed;Session;1990-01-01;;FR;WORKER;HIGHER;" + cancelled + ";\n"
                + "Unknown;Partner;1990-01-01;;FR;WORKER;HIGHER;" + session + ";NOBODY\n";
    }

    private void register(String family, String given, LocalDate birth, String niss) {
        database.transact(em -> new LearnerRegistration(new JpaLearners(em), new JpaCentres(em), CLOCK).register(new LearnerDetails(
                family, given, birth, null, null, Language.FR, EntryStatus.WORKER, EducationLevel.HIGHER, niss)));
    }

    private static List<String> errorKeys(ImportedRow row) {
        return row.errors().stream().map(RowError::messageKey).toList();
    }

    @Test
    void previewSaysWhatEachRowWouldDoAndWhyBadRowsAreRefusedWritingNothing() {
        ImportReport preview = learnerImport().preview(file().getBytes(StandardCharsets.UTF_8));

        assertEquals(9, preview.rows().size());
        List<ImportedRow> rows = preview.rows();
        assertEquals(RowOutcome.NEW_LEARNER, rows.get(0).outcome());
        assertEquals("Dupont Marie", rows.get(0).learner());
        assertEquals("90.03.12-***.**", rows.get(0).maskedNiss());
        assertEquals(RowOutcome.NEW_LEARNER, rows.get(1).outcome(), "born in 2001: checked with a 2 in front");
        assertEquals(List.of("niss.checkDigits"), errorKeys(rows.get(2)));
        assertNull(rows.get(2).maskedNiss(), "an invalid number is not shown, not even masked");
        assertEquals(List.of("session.unknown"), errorKeys(rows.get(3)));
        assertEquals("session", rows.get(3).errors().get(0).column());
        assertEquals(List.of("import.date.invalid"), errorKeys(rows.get(4)));
        assertEquals(List.of("birthDate", "31/02/1990"), rows.get(4).errors().get(0).arguments());
        assertEquals(List.of("import.value.required"), errorKeys(rows.get(5)));
        assertEquals(List.of("import.value.notAllowed", "import.value.notAllowed", "import.partner.notAllowed"),
                errorKeys(rows.get(6)), "every bad cell of the row at once, the unknown partner with them");
        assertEquals(List.of("language", "DE", List.of(Language.values())), rows.get(6).errors().get(0).arguments(),
                "the values allowed come with the refusal");
        assertEquals(List.of("enrolment.session.closed"), errorKeys(rows.get(7)));
        assertEquals(List.of("import.partner.notAllowed"), errorKeys(rows.get(8)));
        assertEquals(2, preview.good());
        assertEquals(7, preview.count(RowOutcome.ERROR));
        assertEquals(0, database.count("learner"), "a preview writes nothing");
        assertEquals(0, database.count("enrolment"));
    }

    @Test
    void cellsWithControlBidiOrOnlyInvisibleCharactersAreRefusedWritingNothing() {
        String file = HEADER
                + "Du\u0000bois;Marie;1990-03-12;;FR;WORKER;HIGHER;" + session + ";\n"
                + "Du\u001bbois;Marie;1990-03-12;;FR;WORKER;HIGHER;" + session + ";\n"
                + "\u202esiobuD;Marie;1990-03-12;;FR;WORKER;HIGHER;" + session + ";\n"
                + "\u200b\u200b;Marie;1990-03-12;;FR;WORKER;HIGHER;" + session + ";\n";
        ImportReport run = learnerImport().run(file.getBytes(StandardCharsets.UTF_8), "import.desk", done -> { });

        List<ImportedRow> rows = run.rows();
        assertEquals(List.of("input.text.control"), errorKeys(rows.get(0)));
        assertEquals("familyName", rows.get(0).errors().get(0).column());
        assertEquals(List.of("input.text.control"), errorKeys(rows.get(1)));
        assertEquals(List.of("input.text.bidi"), errorKeys(rows.get(2)));
        assertEquals(List.of("input.text.invisible"), errorKeys(rows.get(3)));
        assertEquals(4, run.count(RowOutcome.ERROR));
        assertEquals(0, database.count("learner"));
    }

    @Test
    void importsTheGoodRowsEachOnItsOwnAndTheSameFileTwiceCreatesNothingTwice() {
        byte[] file = file().getBytes(StandardCharsets.UTF_8);
        List<Integer> progress = new java.util.ArrayList<>();
        ImportReport first = learnerImport().run(file, "import.desk", progress::add);

        assertEquals(2, first.count(RowOutcome.NEW_LEARNER));
        assertEquals(7, first.count(RowOutcome.ERROR), "bad rows are reported and block none of the good ones");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), progress);
        assertEquals(2, database.count("learner"));
        assertEquals(2, database.count("enrolment where session_id = " + session + " and status = 'APPLIED'"));
        assertEquals(1, database.count("enrolment e join partner_organisation p on p.id = e.partner_id "
                + "where p.code = 'ACTIRIS'"), "applied through the partner named in the file");
        assertEquals(2, database.count("enrolment_transition where actor = 'import.desk'"));

        ImportReport again = learnerImport().run(file, "import.desk", count -> { });
        assertEquals(2, again.count(RowOutcome.UNCHANGED));
        assertEquals(7, again.count(RowOutcome.ERROR));
        assertEquals(2, database.count("learner"), "nothing created twice");
        assertEquals(2, database.count("enrolment"));
        assertEquals(2, database.count("enrolment_transition"));
    }

    @Test
    void findsLearnersAlreadyRegisteredByNumberOrByNameAndBirthDate() {
        LocalDate birth = LocalDate.of(1988, 6, 1);
        register("Nuñez-Dupont", "Zoë", birth, null);
        String file = HEADER
                + "NUNEZ DUPONT;zoe;01/06/1988;;FR;WORKER;HIGHER;" + session + ";\n"
                + "Nunez Dupont;Zoe;1988-06-01;;FR;WORKER;HIGHER;" + session + ";\n";
        ImportReport preview = learnerImport().preview(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(RowOutcome.KNOWN_LEARNER, preview.rows().get(0).outcome());

        ImportReport imported = learnerImport().run(file.getBytes(StandardCharsets.UTF_8), "desk", count -> { });
        assertEquals(RowOutcome.KNOWN_LEARNER, imported.rows().get(0).outcome());
        assertEquals(RowOutcome.UNCHANGED, imported.rows().get(1).outcome(),
                "the same person twice in a file: enrolled once, the second row committed after the first");
        assertEquals(1, database.count("learner"));
        assertEquals(1, database.count("enrolment"));
    }

    @Test
    void aLearnerFoundByNameWithAnotherNumberIsRefused() {
        LocalDate birth = LocalDate.of(1975, 1, 20);
        register("Maes", "Lotte", birth, niss(birth, 11));
        String file = HEADER + "Maes;Lotte;1975-01-20;" + niss(birth, 12) + ";NL;WORKER;HIGHER;" + session + ";\n";
        ImportReport imported = learnerImport().run(file.getBytes(StandardCharsets.UTF_8), "desk", count -> { });
        assertEquals(List.of("import.learner.otherNiss"), errorKeys(imported.rows().get(0)));
        assertEquals(0, database.count("enrolment"));
    }

    @Test
    void aRowRefusedMeanwhileWritesNothingAndAFileWithoutWhoImportsIsRefused() {
        String file = HEADER + "Late;Comer;1990-01-01;;FR;WORKER;HIGHER;" + session + ";\n";
        assertEquals(RowOutcome.NEW_LEARNER,
                learnerImport().preview(file.getBytes(StandardCharsets.UTF_8)).rows().get(0).outcome());
        database.execute("update course_session set status = 'CANCELLED' where id = " + session);
        ImportReport imported = learnerImport().run(file.getBytes(StandardCharsets.UTF_8), "desk", count -> { });
        assertEquals(List.of("enrolment.session.closed"), errorKeys(imported.rows().get(0)));
        assertEquals(0, database.count("learner"), "no learner left behind by a refused row");

        BusinessRuleException noActor = assertThrows(BusinessRuleException.class,
                () -> learnerImport().run(file.getBytes(StandardCharsets.UTF_8), " ", count -> { }));
        assertEquals("enrolment.actor.required", noActor.messageKey());
    }

    @Test
    void importsAnExcelWorkbookLikeACsvFile() throws Exception {
        LocalDate birth = LocalDate.of(1992, 11, 23);
        byte[] workbook = TableFileTest.workbook(
                new Object[]{"Haddad", "Omar", birth, Double.valueOf(niss(birth, 5)), "FR", "JOBSEEKER_ACTIRIS",
                        "PRIMARY", (double) session, "ACTIRIS"},
                new Object[]{"Broken", "Date", "tomorrow", null, "FR", "WORKER", "HIGHER", (double) session, null});
        ImportReport imported = learnerImport().run(workbook, "desk", count -> { });
        assertEquals(RowOutcome.NEW_LEARNER, imported.rows().get(0).outcome());
        assertEquals("92.11.23-***.**", imported.rows().get(0).maskedNiss());
        assertEquals(List.of("import.date.invalid"), errorKeys(imported.rows().get(1)));
        assertEquals(3, imported.rows().get(1).row(), "rows numbered as the sheet shows them");
        assertEquals(1, database.count("learner where niss = '" + niss(birth, 5) + "'"));
        assertFalse(imported.toString().contains(niss(birth, 5).substring(6)), "the number never comes back whole");
        assertTrue(imported.rows().get(0).errors().isEmpty());
    }
}
