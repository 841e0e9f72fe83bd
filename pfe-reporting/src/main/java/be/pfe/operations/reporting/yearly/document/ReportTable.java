package be.pfe.operations.reporting.yearly.document;

import java.util.List;

/**
 * One table of the yearly report as every format writes it: a title, column headers, and rows whose cells are
 * texts or numbers ({@link Long} counts, {@link Double} rates and hours; {@code null} where nothing applies).
 * The last row is a total when {@code totalRow}.
 *
 * @param name a short name without spaces (the XLSX sheet's, the CSV section's)
 */
public record ReportTable(String name, String title, List<String> headers, List<List<Object>> rows, boolean totalRow) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }
}
