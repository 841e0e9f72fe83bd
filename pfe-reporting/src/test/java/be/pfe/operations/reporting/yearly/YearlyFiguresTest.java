package be.pfe.operations.reporting.yearly;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static be.pfe.operations.reporting.yearly.YearlyData.DATABASE;
import static be.pfe.operations.reporting.yearly.YearlyData.id;
import static be.pfe.operations.reporting.yearly.YearlyLine.IN_COMPANY_TRAINING;
import static be.pfe.operations.reporting.yearly.YearlyLine.TRAINING_SPOTS;
import static be.pfe.operations.reporting.yearly.YearlyLine.VALIDATIONS_AND_SCREENINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each counting rule of the yearly figures on the hand-built records of {@link YearlyData}, around 1 January 2050. */
class YearlyFiguresTest {

    private static final YearlyQuery TECHNICITY_2049 = YearlyQuery.of(Year.of(2049), "TECHNICITY");
    private static final YearlyQuery TECHNICITY_2050 = YearlyQuery.of(Year.of(2050), "TECHNICITY");

    @BeforeAll
    static void data() {
        YearlyData.load();
    }

    private static YearlyReport report(YearlyQuery query) {
        return DATABASE.inTransaction(em -> new YearlyFigures(em).report(query, Language.FR));
    }

    /** The records as "KIND:id" (ids of different kinds may be equal). */
    private static Set<String> recordIds(YearlyQuery query, YearlyLine line, YearlyDimension by, String key) {
        List<SpotRecord> records = records(query, line, by, key, false);
        Set<String> ids = records.stream().map(record -> record.kind() + ":" + record.id()).collect(Collectors.toSet());
        assertEquals(records.size(), ids.size(), "each record once");
        return ids;
    }

    private static List<SpotRecord> records(YearlyQuery query, YearlyLine line, YearlyDimension by, String key,
                                            boolean names) {
        return DATABASE.inTransaction(em -> new YearlyFigures(em).recordsBehind(query, line, by, key, names, Language.FR));
    }

    private static Set<String> ids(String... names) {
        return java.util.Arrays.stream(names).map(name -> kind(name) + ":" + id(name)).collect(Collectors.toSet());
    }

    private static String kind(String name) {
        return switch (name.replaceAll("[0-9]", "")) {
            case "e" -> "ENROLMENT";
            case "p" -> "PLACEMENT";
            case "vc" -> "VALIDATION";
            case "sc" -> "SCREENING";
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void trainingSpotsCountJobseekersInFrenchSessionsOfBruxellesFormationAndPartnersHeldInTheYear() {
        // e1 (across 1 January), e3 (dropped out in December after the start), e8 (session cancelled after its start),
        // e13 (cancelled in December: held until then); not e2 (worker), e4 (waitlisted), e5 (left before the start),
        // e7 (cancelled before the start), e9 (VDAB-provided), e10 (Dutch), e11 (Digitalcity), e12 (2048), e14
        // (validation course)
        assertEquals(ids("e1", "e3", "e8", "e13"), recordIds(TECHNICITY_2049, TRAINING_SPOTS, null, null));
        assertEquals(4, report(TECHNICITY_2049).spots(TRAINING_SPOTS));
    }

    @Test
    void aSessionAcrossFirstJanuaryCountsInBothYearsButADropOutOrCancellationInDecemberOnlyInTheFirst() {
        assertEquals(ids("e1"), recordIds(TECHNICITY_2050, TRAINING_SPOTS, null, null));
        assertEquals(ids("p1"), recordIds(TECHNICITY_2050, IN_COMPANY_TRAINING, null, null));
    }

    @Test
    void placementsRunningInTheYearCountExceptDraftsAndThoseEndedEarlierThanTheYear() {
        assertEquals(ids("p1", "p3", "p4"), recordIds(TECHNICITY_2049, IN_COMPANY_TRAINING, null, null));
        assertEquals(3, report(TECHNICITY_2049).spots(IN_COMPANY_TRAINING));
    }

    @Test
    void validationCandidatesExceptAbsentAndScreeningsDatedInTheYearFillTheThirdLine() {
        assertEquals(ids("vc1", "vc2", "vc4", "sc1", "sc2"),
                recordIds(TECHNICITY_2049, VALIDATIONS_AND_SCREENINGS, null, null));
        assertEquals(ids("vc5", "sc3"), recordIds(TECHNICITY_2050, VALIDATIONS_AND_SCREENINGS, null, null));
        YearlyReport report = report(TECHNICITY_2049);
        assertEquals(5, report.spots(VALIDATIONS_AND_SCREENINGS));
        assertEquals(12, report.total());
        assertEquals("Technicity.brussels", report.centreName());
    }

    @Test
    void allCentresTogetherAddTheOtherCentresSpots() {
        YearlyReport all = report(YearlyQuery.of(Year.of(2049), null));
        assertEquals(5, all.spots(TRAINING_SPOTS));
        assertNull(all.centreName());
        assertEquals(Map.of("DIGITALCITY", 1L, "TECHNICITY", 4L), all.breakdown(YearlyDimension.CENTRE).rows().stream()
                .collect(Collectors.toMap(BreakdownRow::key, row -> row.spots(TRAINING_SPOTS))));
    }

    @Test
    void breakdownsByCentrePartnerCourseAndMonthAddUpToTheHeadline() {
        for (YearlyQuery query : List.of(TECHNICITY_2049, TECHNICITY_2050, YearlyQuery.of(Year.of(2049), null))) {
            YearlyReport report = report(query);
            for (YearlyDimension dimension : YearlyDimension.values()) {
                if (!dimension.addsUp()) {
                    continue;
                }
                for (YearlyLine line : YearlyLine.values()) {
                    assertEquals(report.spots(line), report.breakdown(dimension).sum(line), query + " " + dimension + " " + line);
                }
            }
        }
    }

    @Test
    void breakdownGroupsHoldTheExpectedSpots() {
        YearlyReport report = report(TECHNICITY_2049);
        Map<String, Long> partners = spotsBy(report, YearlyDimension.PARTNER, TRAINING_SPOTS);
        assertEquals(Map.of("BRUXELLES_FORMATION", 3L, "FRM_BRUSSELS", 1L), partners);
        assertEquals(Map.of("NONE", 2L, "VDAB_BRUSSEL", 1L), spotsBy(report, YearlyDimension.PARTNER, IN_COMPANY_TRAINING));
        assertEquals(Map.of("2049-04", 1L, "2049-10", 2L, "2049-11", 1L), spotsBy(report, YearlyDimension.MONTH, TRAINING_SPOTS));
        assertEquals(Map.of("Y-WELD", 3L, "Y-FRM", 1L), spotsBy(report, YearlyDimension.COURSE, TRAINING_SPOTS));
        // target groups overlap: stored on the enrolment (js4 on e13 is young, a NEET, low-skilled and a jobseeker)
        assertEquals(Map.of("JOBSEEKER", 4L, "YOUNG", 1L, "NEET", 1L, "LOW_SKILLED", 1L),
                spotsBy(report, YearlyDimension.TARGET_GROUP, TRAINING_SPOTS));
        // without an enrolment, derived on the day: js3 (born 2030) is 18 at the screening and 19 at the validation
        assertEquals(ids("sc1", "sc2", "vc4"), recordIds(TECHNICITY_2049, VALIDATIONS_AND_SCREENINGS, YearlyDimension.TARGET_GROUP, "YOUNG"));
        assertEquals("2050-01", spotsBy(report(TECHNICITY_2050), YearlyDimension.MONTH, TRAINING_SPOTS).keySet()
                .iterator().next(), "carried over from 2049: counted in January");
    }

    private static Map<String, Long> spotsBy(YearlyReport report, YearlyDimension dimension, YearlyLine line) {
        return report.breakdown(dimension).rows().stream().filter(row -> row.spots(line) > 0)
                .collect(Collectors.toMap(BreakdownRow::key, row -> row.spots(line)));
    }

    @Test
    void everyGroupDrillsDownToExactlyTheRecordsItCounts() {
        YearlyReport report = report(TECHNICITY_2049);
        for (YearlyDimension dimension : YearlyDimension.values()) {
            for (BreakdownRow row : report.breakdown(dimension).rows()) {
                for (YearlyLine line : YearlyLine.values()) {
                    assertEquals(row.spots(line), recordIds(TECHNICITY_2049, line, dimension, row.key()).size(),
                            dimension + " " + row.key() + " " + line);
                }
            }
        }
        assertEquals(ids("e3", "e1"), recordIds(TECHNICITY_2049, TRAINING_SPOTS, YearlyDimension.MONTH, "2049-10"));
        assertEquals(12, records(TECHNICITY_2049, null, null, null, false).size());
    }

    @Test
    void namesOnlyWhenAsked() {
        List<SpotRecord> anonymous = records(TECHNICITY_2049, TRAINING_SPOTS, null, null, false);
        anonymous.forEach(record -> assertNull(record.learnerName()));
        List<SpotRecord> named = records(TECHNICITY_2049, TRAINING_SPOTS, null, null, true);
        assertEquals(Set.of("Anna Jobseeker", "Bert Jobseeker", "David Jobseeker"),
                named.stream().map(SpotRecord::learnerName).collect(Collectors.toSet()));
        SpotRecord first = named.stream().filter(record -> record.id() == id("e8")).findFirst().orElseThrow();
        assertEquals("Y-FRM · ENROLLED", first.description());
        assertEquals(LocalDate.of(2049, 5, 10), first.ends(), "held until cancelled");
        assertNotNull(first.begins());
    }

    @Test
    void asOfADayCountsOnlyWhatHadBegun() {
        YearlyQuery june = TECHNICITY_2049.asOf(LocalDate.of(2049, 6, 30));
        Map<YearlyLine, Long> headline = DATABASE.inTransaction(em -> new YearlyFigures(em).headline(june));
        assertEquals(Map.of(TRAINING_SPOTS, 1L, IN_COMPANY_TRAINING, 1L, VALIDATIONS_AND_SCREENINGS, 4L), headline);
    }

    @Test
    void anUnknownCentreOrAYearOutOfRangeIsRefused() {
        assertEquals("centre.unknown", assertThrows(BusinessRuleException.class,
                () -> report(YearlyQuery.of(Year.of(2049), "NOWHERE"))).messageKey());
        assertEquals("report.yearly.year.invalid", assertThrows(BusinessRuleException.class,
                () -> YearlyQuery.of(Year.of(1999), null)).messageKey());
    }
}
