package be.pfe.operations.reporting.yearly;

/** Loads {@link YearlyData} for tests of other packages. */
public final class YearlyDataLoader {

    private YearlyDataLoader() {
    }

    public static void load() {
        YearlyData.load();
    }
}
