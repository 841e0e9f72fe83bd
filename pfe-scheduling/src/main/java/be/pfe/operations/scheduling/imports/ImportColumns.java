package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds an import's columns in the header row of a table and gives its rows, cells by column. */
final class ImportColumns {

    /** Beyond this, a file is split: an import answers within a request. */
    static final int MAX_ROWS = 5_000;

    /** Rows read at most, blank ones included: a file of endless blank rows is refused as too long as well. */
    static final int MAX_LINES = 4 * MAX_ROWS;

    private ImportColumns() {
    }

    /**
     * The rows under the header row (blank rows left out), numbered as the partner sees them in the file (the
     * header is row 1). A required column missing refuses the whole file as soon as the header is read; a file
     * with too many rows is refused as soon as the row beyond the limit is read, the rest never read.
     */
    static <C extends Enum<C> & ImportColumn> List<SourceRow> rows(byte[] file, Class<C> columns) {
        Collector<C> collector = new Collector<>(columns);
        TableFile.read(file, collector);
        return collector.rows();
    }

    /** Takes the rows of a table as they are read, and stops the reading by throwing. */
    static final class Collector<C extends Enum<C> & ImportColumn> implements TableFile.RowSink {

        private final Class<C> columns;
        private final List<SourceRow> rows = new ArrayList<>();
        private Map<C, Integer> positions;
        private int lines;

        Collector(Class<C> columns) {
            this.columns = columns;
        }

        @Override
        public void row(int number, List<String> cells) {
            lines++;
            if (positions == null) {
                positions = header(cells);
                return;
            }
            if (lines > MAX_LINES) {
                throw new BusinessRuleException("import.file.tooManyRows", "file", MAX_ROWS);
            }
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new BusinessRuleException("import.file.tooManyRows", "file", MAX_ROWS);
            }
            Map<ImportColumn, String> values = new HashMap<>();
            positions.forEach((column, position) -> {
                String cell = position < cells.size() ? cells.get(position) : null;
                if (cell != null && !cell.isBlank()) {
                    values.put(column, cell.strip());
                }
            });
            rows.add(new SourceRow(number, values));
        }

        private Map<C, Integer> header(List<String> header) {
            Map<String, C> byHeader = new HashMap<>();
            for (C column : columns.getEnumConstants()) {
                column.headers().forEach(text -> byHeader.put(text, column));
            }
            Map<C, Integer> found = new EnumMap<>(columns);
            for (int i = 0; i < header.size(); i++) {
                C column = byHeader.get(ImportColumn.reduce(header.get(i)));
                if (column != null) {
                    found.putIfAbsent(column, i);
                }
            }
            for (C column : columns.getEnumConstants()) {
                if (column.required() && !found.containsKey(column)) {
                    throw new BusinessRuleException("import.column.missing", "file", column.key());
                }
            }
            return found;
        }

        /** The rows read; a file without a header or without rows under it is refused. */
        List<SourceRow> rows() {
            if (positions == null || rows.isEmpty()) {
                throw new BusinessRuleException("import.file.empty", "file");
            }
            return List.copyOf(rows);
        }

        /** Rows handed over so far, the header and blank rows included. */
        int lines() {
            return lines;
        }
    }
}
