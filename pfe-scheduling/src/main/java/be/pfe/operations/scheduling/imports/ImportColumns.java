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

    private ImportColumns() {
    }

    /**
     * The rows under the header row (blank rows left out), numbered as the partner sees them in the file (the
     * header is row 1). A required column missing refuses the whole file.
     */
    static <C extends Enum<C> & ImportColumn> List<SourceRow> rows(List<List<String>> table, Class<C> columns) {
        if (table.isEmpty()) {
            throw new BusinessRuleException("import.file.empty", "file");
        }
        Map<String, C> byHeader = new HashMap<>();
        for (C column : columns.getEnumConstants()) {
            column.headers().forEach(header -> byHeader.put(header, column));
        }
        Map<C, Integer> positions = new EnumMap<>(columns);
        List<String> header = table.get(0);
        for (int i = 0; i < header.size(); i++) {
            C column = byHeader.get(ImportColumn.reduce(header.get(i)));
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        for (C column : columns.getEnumConstants()) {
            if (column.required() && !positions.containsKey(column)) {
                throw new BusinessRuleException("import.column.missing", "file", column.key());
            }
        }
        List<SourceRow> rows = new ArrayList<>();
        for (int line = 1; line < table.size(); line++) {
            List<String> cells = table.get(line);
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
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
            rows.add(new SourceRow(line + 1, values));
        }
        if (rows.isEmpty()) {
            throw new BusinessRuleException("import.file.empty", "file");
        }
        return rows;
    }
}
