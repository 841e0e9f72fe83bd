package be.pfe.operations.reporting.targets;

import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.yearly.Actual;
import be.pfe.operations.reporting.yearly.Actuals;
import be.pfe.operations.reporting.yearly.SpotRecord;
import be.pfe.operations.reporting.yearly.YearlyDataLoader;
import be.pfe.operations.reporting.yearly.YearlyFigures;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Actuals of every indicator on the hand-built 2049 records, their projection, and the targets' statuses. */
class TargetsVersusActualsTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();
    private static final Year YEAR = Year.of(2049);
    private static final LocalDate JUNE = LocalDate.of(2049, 6, 30);

    @BeforeAll
    static void data() {
        YearlyDataLoader.load();
    }

    private static <T> T with(Function<Actuals, T> work) {
        return DATABASE.inTransaction(em -> work.apply(new Actuals(new YearlyFigures(em))));
    }

    private static Actual actual(Indicator indicator, LocalDate asOf) {
        return with(actuals -> actuals.actual("TECHNICITY", YEAR, indicator, asOf));
    }

    @Test
    void countsSoFarAndKnownForTheYear() {
        assertEquals(new Actual(Indicator.TRAINING_SPOTS, 1, 4), actual(Indicator.TRAINING_SPOTS, JUNE));
        assertEquals(new Actual(Indicator.IN_COMPANY_TRAININGS, 1, 3), actual(Indicator.IN_COMPANY_TRAININGS, JUNE));
        assertEquals(new Actual(Indicator.VALIDATIONS_AND_SCREENINGS, 4, 5),
                actual(Indicator.VALIDATIONS_AND_SCREENINGS, JUNE));
        // held in 2049: s1, s3 (cancelled after its start), s4, s5, s6, s10; begun by June: s3, s4, s5, s6
        assertEquals(new Actual(Indicator.SESSIONS, 4, 6), actual(Indicator.SESSIONS, JUNE));
        assertEquals(new Actual(Indicator.SEATS_OFFERED, 48, 72), actual(Indicator.SEATS_OFFERED, JUNE));
        // every learner holding a seat (the worker too), not the waitlisted or who left before the start
        assertEquals(new Actual(Indicator.ENROLMENTS, 4, 8), actual(Indicator.ENROLMENTS, JUNE));
    }

    @Test
    void certificatesProjectPendingCandidatesAtThePassRateSoFar() {
        // one passed (certificate on 20 June), one failed, one pending: half of the pending one is expected to pass
        assertEquals(new Actual(Indicator.CERTIFICATES, 1, 2), actual(Indicator.CERTIFICATES, JUNE));
        assertEquals(new Actual(Indicator.CERTIFICATES, 0, 2), actual(Indicator.CERTIFICATES, LocalDate.of(2049, 6, 15)));
        assertEquals(new Actual(Indicator.CERTIFICATES, 1, 1), actual(Indicator.CERTIFICATES, LocalDate.of(2050, 2, 1)));
    }

    @Test
    void ratesAreProjectedAsTheyAre() {
        // attended 2 (present, late) of 3 expected (the excused absence is not expected)
        assertEquals(new Actual(Indicator.ATTENDANCE_RATE, 66.7, 66.7), actual(Indicator.ATTENDANCE_RATE, JUNE.plusMonths(6)));
        assertEquals(new Actual(Indicator.ATTENDANCE_RATE, 0, 0), actual(Indicator.ATTENDANCE_RATE, JUNE));
        // the occupancy dashboard's rule: s1, s4, s5 and the sessions cancelled after their start, s3 and s10 (held
        // until their cancellation, the yearly report's rule: docs/counting-rules.md), offer 60 seats; e1, e2, e3, e8,
        // e9, e10, e13 occupy 7 (s2 was cancelled before its start; s6 and e14 are a skills validation, which offers no
        // training seat)
        assertEquals(new Actual(Indicator.OCCUPANCY_RATE, 11.7, 11.7), actual(Indicator.OCCUPANCY_RATE, JUNE));
    }

    @Test
    void statusesFollowTheThresholds() {
        List<TargetComparison> compared = DATABASE.inTransaction(em -> new TargetsVersusActuals(
                new Actuals(new YearlyFigures(em))).compare("TECHNICITY", YEAR, List.of(
                new Target(Indicator.TRAINING_SPOTS, 1), new Target(Indicator.TRAINING_SPOTS, 4),
                new Target(Indicator.TRAINING_SPOTS, 4.4), new Target(Indicator.TRAINING_SPOTS, 5)), JUNE));
        assertEquals(List.of(TargetStatus.REACHED, TargetStatus.ON_TRACK, TargetStatus.AT_RISK, TargetStatus.BEHIND),
                compared.stream().map(TargetComparison::status).toList());
        assertEquals(4.0, compared.get(1).projection());

        LocalDate december = LocalDate.of(2049, 12, 31);
        LocalDate after = LocalDate.of(2050, 1, 15);
        List<TargetStatus> rates = DATABASE.inTransaction(em -> {
            TargetsVersusActuals service = new TargetsVersusActuals(new Actuals(new YearlyFigures(em)));
            return List.of(
                    service.compare("TECHNICITY", YEAR, List.of(new Target(Indicator.ATTENDANCE_RATE, 60)), december).get(0).status(),
                    service.compare("TECHNICITY", YEAR, List.of(new Target(Indicator.ATTENDANCE_RATE, 60)), after).get(0).status(),
                    service.compare("TECHNICITY", YEAR, List.of(new Target(Indicator.ATTENDANCE_RATE, 70)), december).get(0).status(),
                    service.compare("TECHNICITY", YEAR, List.of(new Target(Indicator.ATTENDANCE_RATE, 80)), december).get(0).status());
        });
        assertEquals(List.of(TargetStatus.ON_TRACK, TargetStatus.REACHED, TargetStatus.AT_RISK, TargetStatus.BEHIND), rates);
    }

    @Test
    void thresholdsOnTheirEdges() {
        assertEquals(TargetStatus.AT_RISK, TargetStatus.of(false, 100, 10, 90, false));
        assertEquals(TargetStatus.BEHIND, TargetStatus.of(false, 100, 10, 89.9, false));
        assertEquals(TargetStatus.REACHED, TargetStatus.of(false, 0, 0, 0, false));
        assertEquals(TargetStatus.REACHED, TargetStatus.of(true, 50, 50, 50, true));
    }

    @Test
    void drillDownListsTheRecordsOfTheWholeYear() {
        List<SpotRecord> sessions = with(actuals -> actuals.recordsBehind("TECHNICITY", YEAR, Indicator.SESSIONS, false,
                Language.FR));
        assertEquals(6, sessions.size());
        sessions.forEach(record -> assertEquals("SESSION", record.kind()));
        assertEquals(8, with(actuals -> actuals.recordsBehind("TECHNICITY", YEAR, Indicator.ENROLMENTS, true,
                Language.FR)).stream().filter(record -> record.learnerName() != null).count());
        assertEquals(1, with(actuals -> actuals.recordsBehind("TECHNICITY", YEAR, Indicator.CERTIFICATES, false,
                Language.FR)).size());
        assertEquals(4, with(actuals -> actuals.recordsBehind("TECHNICITY", YEAR, Indicator.TRAINING_SPOTS, false,
                Language.FR)).size());
    }

    @Test
    void aTargetOutOfRangeIsRefused() {
        assertEquals("report.targets.value.invalid", assertThrows(BusinessRuleException.class,
                () -> new Target(Indicator.OCCUPANCY_RATE, 120)).messageKey());
        assertEquals("report.targets.value.invalid", assertThrows(BusinessRuleException.class,
                () -> new Target(Indicator.SESSIONS, -1)).messageKey());
    }
}
