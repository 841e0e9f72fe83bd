package be.pfe.operations.reporting.generator;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.yearly.YearlyFigures;
import be.pfe.operations.reporting.yearly.YearlyLine;
import be.pfe.operations.reporting.yearly.YearlyQuery;
import be.pfe.operations.reporting.yearly.YearlyReport;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same seed gives the same activity (rows and yearly figures); another seed another. */
class ActivityGeneratorTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();

    private record Outcome(Map<String, Long> written, Map<YearlyLine, Long> all, Map<YearlyLine, Long> technicity) {
    }

    private static Outcome generate(long seed) throws Exception {
        DATABASE.deleteOperationalData();
        DATABASE.execute("delete from centre where code like 'SYNTH%'");
        Map<String, Long> written = new ActivityGenerator(seed, 2, 5, 2050).fill(DATABASE.dataSource());
        return DATABASE.inTransaction(em -> {
            YearlyFigures figures = new YearlyFigures(em);
            YearlyReport all = figures.report(YearlyQuery.of(Year.of(2050), null), Language.FR);
            YearlyReport technicity = figures.report(YearlyQuery.of(Year.of(2049), "TECHNICITY"), Language.FR);
            return new Outcome(written, all.headline(), technicity.headline());
        });
    }

    @Test
    void theSameSeedGivesTheSameActivityAndFigures() throws Exception {
        Outcome first = generate(42);
        Outcome again = generate(42);
        Outcome other = generate(43);
        assertEquals(5, DATABASE.count("centre"), "a fifth, synthetic centre");
        DATABASE.deleteOperationalData();
        DATABASE.execute("delete from centre where code like 'SYNTH%'");
        assertEquals(first, again);
        assertNotEquals(first.written(), other.written());
        assertTrue(first.all().get(YearlyLine.TRAINING_SPOTS) > 1000, first.all().toString());
        assertTrue(first.technicity().get(YearlyLine.IN_COMPANY_TRAINING) > 0, first.technicity().toString());
        assertTrue(first.written().get("attendance") > 50_000, first.written().toString());
    }
}
